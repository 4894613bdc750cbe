"""'Who is the <person noun>' ("who was the first person to hold ...", "who is the Kremlin
spokesman ...") asks for someone the fact base knows: a fact describing a post or naming only
places names no one."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_a_post_described_is_no_person(talk: Callable[..., list[Answer]]) -> None:
    """The Secretary General's description names no first holder: declined, not given."""
    (answer,) = talk("who was the first person to hold the alliance's top administrative job?")
    assert not answer.answered or "Bordyuzha" in answer.text


def test_a_person_named_still_answers(talk: Callable[..., list[Answer]]) -> None:
    """A fact naming the spokesman answers who he is."""
    (answer,) = talk("who is the kremlin spokesman who spoke of the csto's treaty obligations?")
    assert answer.answered
    assert "Peskov" in answer.text
