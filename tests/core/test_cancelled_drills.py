"""Drills asked for as cancelled are those called off, not every drill.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_cancelled_drills_are_those_called_off(engine: Engine) -> None:
    """Two drills were cancelled (Kyrgyzstan 2022, Armenia 2023); the others are not listed."""
    answer = ask(engine, "which drills were cancelled")
    assert answer.answered
    assert answer.text.startswith("The fact base records 2 cancelled exercises")
    listed = " ".join(answer.items)
    assert "Indestructible Brotherhood-2022" in listed
    assert "Interaction-2015" not in listed


def test_cancelled_in_a_host(engine: Engine) -> None:
    """The host narrows the cancelled drills further."""
    answer = ask(engine, "which exercises were canceled in kyrgyzstan")
    assert answer.text.startswith("The fact base records 1 cancelled exercise hosted by Kyrgyzstan")
