"""'Who (else) was there?' after a summit asks who attended it, not its absences again."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def _said(answer: Answer) -> str:
    return " ".join((answer.text, *answer.items))


def test_who_else_was_there_after_an_absence_lists_the_attendees(
    talk: Callable[..., list[Answer]],
) -> None:
    """After who stayed away and who came instead, "who else was there" is the attendance."""
    *_, last = talk(
        "which city hosted the october 2016 summit",
        "Which president didn't come?",
        "who else was there?",
    )
    assert last.intent == "summit.attendance"
    for name in ("Putin", "Lukashenko", "Rahmon", "Atambayev"):
        assert name in _said(last)


def test_was_there_without_who_asks_no_attendance(talk: Callable[..., list[Answer]]) -> None:
    """ "Was there a summit in 2019" asks whether one was held, not who attended."""
    (answer,) = talk("was there a summit in 2019?")
    assert answer.intent != "summit.attendance"
