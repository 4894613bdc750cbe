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
