"""'Was <state> at <summit>' asks whether the state attended, as 'was <person> at <summit>'
does: the absence record answers, not the session's date and place alone.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_state_asked_at_a_summit_gets_its_attendance(engine: Engine) -> None:
    """Armenia skipped Astana 2024; Belarus skipped St Petersburg 2016."""
    for question, state in (
        ("was armenia at the astana summit in 2024", "Armenia"),
        ("was belarus at the st petersburg session in 2016?", "Belarus"),
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert answer.intent == "summit.attendance", question
        lead = answer.text.split(". ")[0]
        assert state in lead and ("absent" in lead or "skipped" in lead), question
