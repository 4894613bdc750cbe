"""Everyday words for troops placed in a country: "sitting" there is stationed there, "putting"
them in is sending them.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_troops_sitting_in_a_state_are_stationed_there(engine: Engine) -> None:
    """'Russian troops sitting in Tajikistan': the base's troops, no question back between the
    two border clashes there."""
    answer = ask(engine, "roughly how many russian troops sit in tajikistan?")
    assert answer.answered and "7,000" in answer.text


def test_putting_forces_into_a_state_is_sending_them(engine: Engine) -> None:
    """'Which countries put troops into Kazakhstan': the states that sent the contingent."""
    answer = ask(engine, "which states put forces into kazakhstan?")
    assert answer.answered
    for state in ("Russia", "Belarus", "Armenia", "Tajikistan", "Kyrgyzstan"):
        assert state in answer.text
