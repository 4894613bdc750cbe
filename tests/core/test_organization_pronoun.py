"""Opening a conversation, "it" or "they" asked of how things are run ("how do they decide?") is
the organization itself; asked of anything else ("when did it happen?") it is asked back."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.core.api import Answer


def test_how_they_decide_is_the_organizations_rule(talk: Callable[..., list[Answer]]) -> None:
    """With nothing in play, "they" deciding is the CSTO deciding: by consensus."""
    (answer,) = talk("so how do they take decisions?")
    assert answer.answered
    assert "consensus" in answer.text


def test_who_chairs_it_is_the_rotating_presidency(talk: Callable[..., list[Answer]]) -> None:
    """ "Who chairs it" opening a conversation is the organization's chair."""
    (answer,) = talk("who chairs it and does that rotate?")
    assert answer.answered
    assert "rotat" in answer.text


@pytest.mark.parametrize(
    "question", ["when did it happen?", "why did they do it?", "when did it come back?"]
)
def test_other_pronoun_openers_are_asked_back(
    talk: Callable[..., list[Answer]], question: str
) -> None:
    """Nothing says the organization is meant: no guess is made."""
    (answer,) = talk(question)
    assert not answer.answered


def test_a_follow_up_keeps_its_own_referent(talk: Callable[..., list[Answer]]) -> None:
    """After a state, "they" is that state, not the organization."""
    _, answer = talk("when did armenia freeze its participation?", "why did they do it?")
    assert answer.answered
    assert "consensus" not in answer.text


def test_or_how_after_a_way_of_deciding_is_still_the_rule(
    talk: Callable[..., list[Answer]],
) -> None:
    """ "Do they decide by majority vote or how": a rule of deciding, which the facts word as
    decisions taken by consensus."""
    (answer,) = talk("do they decide by majority vote or how")
    assert answer.answered
    assert "consensus" in answer.text
