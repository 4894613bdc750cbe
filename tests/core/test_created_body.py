"""A body named after a founding verb is the one whose founding is asked, not its creator."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_the_body_created_is_asked_not_the_council_that_decided(engine: Engine) -> None:
    """'When did the CSC create the joint staff': Dushanbe 2003, not the CSTO's 2002 founding."""
    for question in (
        "Where and on what date did the CSC decide to create the CSTO Joint Staff?",
        "when did the CSC create the joint staff",
        "in which city did the collective security council decide to set up the joint staff",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert "28 April 2003" in answer.text, question
        assert "14 May 2002" not in answer.text, question


def test_a_council_set_up_by_itself_still_answers_its_founding(engine: Engine) -> None:
    """One body named with a founding verb keeps its own founding."""
    answer = ask(engine, "when was the joint staff set up")
    assert answer.answered
    assert "2003" in answer.text
