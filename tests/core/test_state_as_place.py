"""A state named only as a place ("in Kazakhstan", "out of Kazakhstan") with forces or events
asked of it is the one conflict there, not the state's membership record."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_what_happened_in_a_state_is_the_conflict_there(
    talk: Callable[..., list[Answer]],
) -> None:
    """The Kazakh deployment, not 'Kazakhstan has been a member since 1992'."""
    (answer,) = talk("so what went on in kazakhstan, what happened with the alliance there?")
    assert answer.answered
    assert answer.intent.startswith("conflict.")
    assert "2022" in answer.text


def test_pulling_out_of_a_state_is_the_withdrawal(talk: Callable[..., list[Answer]]) -> None:
    """'They pulled out of Kazakhstan' is the contingent leaving, not Kazakhstan leaving."""
    (answer,) = talk("when did the troops pull out of kazakhstan")
    assert answer.answered
    assert "19 January" in answer.text
    assert "not left" not in answer.text


def test_a_state_acting_is_still_its_membership(talk: Callable[..., list[Answer]]) -> None:
    """'Did Kazakhstan ever leave' names the state as the one acting: its record answers."""
    (answer,) = talk("did kazakhstan ever leave the csto")
    assert answer.intent.startswith("member.")
