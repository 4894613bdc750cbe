"""The last (or first) session a state hosted is that state's, not the latest anywhere; a state
hosting "the leaders" asks about its sessions.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_the_last_summit_a_state_hosted_is_its_own(engine: Engine) -> None:
    """Tajikistan last hosted in Dushanbe in September 2021, not Bishkek in 2025."""
    answer = ask(engine, "when did tajikistan last host a summit")
    assert answer.answered
    assert "16 September 2021" in answer.text.split(". ")[0]
    assert "Bishkek" not in answer.text


def test_the_first_summit_a_state_hosted(engine: Engine) -> None:
    """Belarus first hosted in Minsk, June 2006."""
    answer = ask(engine, "when did belarus first host a summit")
    assert answer.answered
    assert "June 2006" in answer.text.split(". ")[0]


def test_a_state_hosting_the_leaders_is_its_sessions(engine: Engine) -> None:
    """'When did Tajikistan last host the leaders': its sessions in Dushanbe, with dates, rather
    than a fact about a guest at one of them."""
    answer = ask(engine, "when did tajikistan last host the leaders")
    assert answer.answered
    assert answer.text.startswith("Tajikistan hosted")
    assert "2021" in answer.text
    assert "Mirziyoyev" not in answer.text
