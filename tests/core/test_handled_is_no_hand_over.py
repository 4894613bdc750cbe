"""'Handled' is an everyday word, not a misspelt 'handed' (a hand-over of the chairmanship)."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_how_an_exit_was_handled_is_not_the_chairmanship(engine: Engine) -> None:
    """'How was Uzbekistan's exit handled' asks of its leaving, not who chairs the CSTO."""
    answer = ask(engine, "How was Uzbekistan's exit handled?")
    assert "chairmanship" not in answer.text
    assert not answer.answered or "Uzbekistan" in answer.text


def test_a_hand_over_is_still_read(engine: Engine) -> None:
    """'Who handed the chairmanship to Russia' still asks the hand-overs."""
    answer = ask(engine, "who handed the chairmanship to Russia?")
    assert answer.answered
    assert "chairmanship" in answer.text
