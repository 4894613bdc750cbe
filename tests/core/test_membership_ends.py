"""The first or last state to join or leave: that end of the membership changes.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_the_last_to_join_is_the_latest_accession(engine: Engine) -> None:
    """The latest join is Uzbekistan's return (2006); the last first accession is Belarus's."""
    answer = ask(engine, "which was the last country to join the csto")
    assert answer.answered
    assert answer.text.startswith("Uzbekistan was the last to rejoin the CSTO")
    assert "Belarus (31 December 1993)" in answer.text
    assert "member states:" not in answer.text


def test_the_first_to_leave_and_the_last(engine: Engine) -> None:
    """The first departures are the three of 1999; the last is Uzbekistan's suspension."""
    first = ask(engine, "who was the first country to walk out of the csto?")
    assert first.text.startswith("Uzbekistan, Azerbaijan and Georgia were the first to leave")
    last = ask(engine, "what was the last country to leave")
    assert last.text.startswith("Uzbekistan was the last to be suspended from the CSTO")
    assert "2012" in last.text


def test_not_joining_at_first_is_not_the_first_join(engine: Engine) -> None:
    """'Which members didn't sign up at first' asks who was outside the first signing."""
    answer = ask(engine, "which members didn't join at first?")
    assert "were the first to join" not in answer.text
