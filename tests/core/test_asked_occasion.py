"""A fact is of the occasion asked: not of another month of the year asked, and not one that
tells of the act asked only as earlier acts ("previous requests by Armenia and Kyrgyzstan").

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_another_month_of_the_year_is_not_the_time_asked(shipped_engine: Engine) -> None:
    """Asked of January 2022, Armenia's request of September 2022 is not the answer."""
    answer = ask(shipped_engine, "who asked the csto for assistance in jan 2022?")
    assert "Armenia" not in answer.text


def test_the_month_asked_still_answers(shipped_engine: Engine) -> None:
    """Asked of September 2022, Armenia's request of that month answers."""
    answer = ask(shipped_engine, "who asked the csto for help in september 2022?")
    assert answer.answered and "Armenia" in answer.text


def test_earlier_requests_name_no_one_who_made_this_one(shipped_engine: Engine) -> None:
    """'Previous requests by Armenia and Kyrgyzstan' do not say who requested the deployment."""
    answer = ask(shipped_engine, "who requested csto troops for kazakhstan?")
    assert "previous requests" not in answer.text
