"""States that joined or left in a year asked are those, not every member at its end.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_states_that_left_in_a_year(engine: Engine) -> None:
    """'Which countries quit in 1999' names the three that left, not the six still in."""
    for question in ("which countries left in 1999", "what countries quit the alliance in 1999?"):
        answer = ask(engine, question)
        assert answer.answered, question
        assert answer.text.startswith("In 1999, "), question
        for name in ("Azerbaijan", "Georgia", "Uzbekistan"):
            assert name in answer.text, question
        assert "members were" not in answer.text, question


def test_states_that_joined_in_a_year_lead(engine: Engine) -> None:
    """'Which states became members in 1993' leads with the three joiners of 1993."""
    answer = ask(engine, "which states became members in 1993?")
    assert answer.answered
    lead = answer.text.split(". ")[0]
    assert lead == "In 1993, Belarus, Azerbaijan and Georgia joined the CSTO"


def test_members_by_a_year_are_still_the_members_then(engine: Engine) -> None:
    """'Had joined by 1995' asks who was in by then: no lead of that year's joiners."""
    answer = ask(engine, "which countries had joined by 1995")
    assert answer.text.startswith("At the end of 1995, the 9 members were")
