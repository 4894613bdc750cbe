"""The start of a withdrawal is a step of the conflict, not the start of the whole conflict."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_the_withdrawal_began_on_13_january_not_2_january(engine: Engine) -> None:
    """'When did the withdrawal begin' is answered from the withdrawal's fact (13 January)."""
    for question in (
        "when did the csto withdrawal from kazakhstan begin",
        "on what day did csto troops begin leaving kazakhstan",
        "when did the csto start to pull out of kazakhstan",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert "13 January 2022" in answer.text, question
        assert not answer.text.startswith("2022 Kazakh unrest"), question


def test_start_and_finish_of_the_pullout_is_not_answered_with_the_unrest_alone(
    engine: Engine,
) -> None:
    """Both dates asked: the conflict's span alone (from 2 January) is not a confident answer."""
    answer = ask(engine, "when did the csto pull out of kazakhstan - start and finish dates?")
    assert not answer.answered or "13 January" in answer.text
