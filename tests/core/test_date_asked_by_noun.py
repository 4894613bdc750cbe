"""A date asked by a noun ("signing date", "start date", "the date of ...") asks the day, as
"what date" does: a fact that gives none is no answer.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_start_date_is_the_day_it_started(engine: Engine) -> None:
    """ "Start date" of the September 2022 clashes: 14 September 2022."""
    answer = ask(engine, "kyrgyz-tajik clashes september 2022 start date")
    assert answer.answered
    assert "14 September 2022" in answer.text


def test_the_date_of_a_decision_the_facts_do_not_date_is_declined(engine: Engine) -> None:
    """The facts give Zas's term, not the day the council decided it: no guess."""
    answer = ask(engine, "what was the date of the council decision that appointed zas?")
    assert not answer.answered


def test_a_signing_date_the_fact_does_not_say_is_declined(engine: Engine) -> None:
    """The 1997 treaty's fact says what it provides, not the day it was signed."""
    answer = ask(engine, "russia-armenia 1997 friendship treaty signing date?")
    assert not answer.answered
