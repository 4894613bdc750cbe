"""Heads of state asked in the plural at a session are those who came, not its chair."""

from __future__ import annotations

from bot.core.engine import Engine


def test_which_leaders_were_there_lists_those_present(engine: Engine) -> None:
    """Several presidents at the 2017 Minsk summit: its attendance, with Nazarbayev and Rahmon."""
    for question in (
        "which heads were at the minsk summit of november 2017?",
        "which presidents attended the 2017 minsk summit?",
    ):
        answer = engine.answer(question)
        assert answer.answered, answer.text
        assert "Nazarbayev" in answer.text and "Rahmon" in answer.text, answer.text


def test_the_chair_is_still_asked_by_chairing(engine: Engine) -> None:
    """ "Which president chaired it": one president, its chair."""
    answer = engine.answer("which president chaired the minsk summit of november 2017?")
    assert answer.answered, answer.text
    assert "Lukashenko chaired" in answer.text


def test_a_guest_asked_is_among_those_present(engine: Engine) -> None:
    """The Uzbek president was the August 2021 session's invited guest, not its chair."""
    answer = engine.answer("which non-member leader took part in the 23 august 2021 session?")
    assert answer.answered, answer.text
    assert "Mirziyoyev" in answer.text.split(".")[0], answer.text
