"""Asked why a state left, the reason told in its own record the same year answers (search.py
_with_own_reason), also when asked "for what reason" or "what made" (check.asks_reason)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.asking import ask


@pytest.mark.parametrize(
    "question",
    [
        "why did azerbaijan pull out in 1999?",
        "what made azerbaijan leave the treaty?",
        "for what reason did azerbaijan walk away from the csto",
        "azerbaijan dropped out of the collective security treaty in 99 - what was the reason?",
    ],
)
def test_reason_told_with_the_leaving(shipped_engine: Engine, question: str) -> None:
    """The 1999 fact saying Aliyev criticised the build-up in Armenia answers, not only
    "Azerbaijan left in 1999" (no reason) nor an abstention."""
    answer = ask(shipped_engine, question)
    assert answer.answered, answer.text
    assert "build-up in Armenia" in answer.text


def test_purpose_asked_keeps_the_session_record(shipped_engine: Engine) -> None:
    """ "What for" asks a purpose, not a reason: the session's record still answers."""
    answer = ask(shipped_engine, "feb 2009 moscow summit what for")
    assert answer.answered, answer.text
    assert "Rapid Reaction" in answer.text


def test_no_reason_of_another_act(shipped_engine: Engine) -> None:
    """A reason for another act of the same state is not borrowed: Uzbekistan's 1999 exit
    is not explained by its 2012 suspension."""
    answer = ask(shipped_engine, "why did uzbekistan leave in 1999")
    assert "objection to the possible use" not in answer.text
