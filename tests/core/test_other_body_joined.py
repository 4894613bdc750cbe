"""Asked what other body a state joined ("what other group", "what did it join instead"), a
fact naming another organization answers; the words "other group" need not be in it."""

from __future__ import annotations

import pytest

from bot.core.api import Context
from bot.core.engine import Engine


def test_what_other_group_it_joined(engine: Engine) -> None:
    """Uzbekistan joined GUAM the year it left the treaty."""
    answer = engine.answer("what other group did uzbekistan join in 1999?")
    assert "GUAM" in answer.text, answer.text


@pytest.mark.parametrize(
    "follow_up",
    ["what did it join that year instead?", "What other group did it join that same year?"],
)
def test_a_follow_up_asking_what_it_joined_instead(engine: Engine, follow_up: str) -> None:
    """After its first exit, "what did it join instead" is another organization: GUAM."""
    context = Context(conversation=f"instead-{follow_up}")
    engine.answer("when did uzbekistan first drop out", context)
    answer = engine.answer(follow_up, context)
    assert "GUAM" in answer.text, answer.text


def test_joining_without_instead_is_the_csto(engine: Engine) -> None:
    """ "When did Armenia join" asks its own accession, no other body."""
    answer = engine.answer("when did armenia join the csto")
    assert "1992" in answer.text, answer.text


def test_which_two_is_how_many_not_a_word_to_find(engine: Engine) -> None:
    """ "Which two members didn't sign it": the fact naming Belarus and Uzbekistan answers,
    though it never says "two"."""
    context = Context(conversation="which-two")
    engine.answer("when was the ksor agreement signed", context)
    answer = engine.answer("which two members didn't sign it then?", context)
    assert "Belarus and Uzbekistan" in answer.text, answer.text


def test_which_two_is_not_answered_by_every_member(engine: Engine) -> None:
    """ "Which two members fought": the list of all six members is no answer."""
    answer = engine.answer("Which two CSTO members fought each other in September 2022?")
    assert "the 6 members were" not in answer.text, answer.text
