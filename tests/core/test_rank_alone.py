"""A military rank said alone ("the general") asks of an officer in play, not of the secretary
general, whose post says "secretary" as well."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_the_general_in_charge_is_the_commander_in_play(
    talk: Callable[..., list[Answer]],
) -> None:
    """After the Kazakhstan deployment, "the general in charge" is its commander."""
    _, general = talk("when did csto troops go into kazakhstan", "who was the general in charge?")
    assert general.answered
    assert "Serdyukov" in general.text and "Masadykov" not in general.text


def test_the_secretary_general_is_still_the_post(talk: Callable[..., list[Answer]]) -> None:
    """With "secretary" said, "general" is the post: today's holder, even after the deployment."""
    _, post = talk("when did csto troops go into kazakhstan", "who is the secretary general now?")
    assert post.answered and "Masadykov" in post.text
