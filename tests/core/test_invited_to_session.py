"""Those invited to a session are in its attendance record: asked which leader was invited, the
session's guests answer, not its date and host."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_leader_invited_to_a_session_is_its_guest(engine: Engine) -> None:
    """The non-member leader invited to the August 2021 session on Afghanistan: Mirziyoyev."""
    answer = ask(
        engine,
        "which non-member leader was invited to the august 2021 emergency session on afghanistan",
    )
    assert answer.answered
    assert answer.intent == "summit.attendance"
    assert "Mirziyoyev" in answer.text


def test_parliaments_invited_are_not_a_session_asked(engine: Engine) -> None:
    """'Which parliaments were invited as observers in 2014' is no session's guest list."""
    answer = ask(engine, "which parliaments were invited to cooperate as observers in 2014")
    assert answer.intent != "summit.attendance"
