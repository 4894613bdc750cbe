"""Heads of state asked in the plural at a session are those who came, not its chair."""

from __future__ import annotations

from bot.core.api import Context
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


def test_a_member_absent_is_asked_of_the_session_in_play(engine: Engine) -> None:
    """After the 2023 Minsk summit, "which member skipped it?" asks that session's absences,
    not the list of members."""
    conversation = Context(conversation="member-absent-in-play")
    engine.answer("who chaired the csto summit in minsk in 2023?", conversation)
    answer = engine.answer("which member stayed away?", conversation)
    assert answer.intent == "summit.absences", answer.text
    assert "Armenia was absent" in answer.text
