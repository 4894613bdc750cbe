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


def test_called_it_off_and_pulled_the_plug_ask_who_cancelled(engine: Engine) -> None:
    """ "Called it off" (a pronoun between verb and particle) and "pulled the plug on" are
    cancelling: the fact that dates the cancellation answers, not only the planned dates."""
    for question in (
        "indestructible brotherhood 2022 - who called it off, and on what day?",
        "who pulled the plug on indestructible brotherhood 2022 and on what date",
    ):
        answer = ask(engine, question)
        assert "9 October 2022" in answer.text, question
        assert "Kyrgyzstan cancelled" in answer.text, question
