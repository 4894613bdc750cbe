"""'Who was leading the country then?': the state in play's leader at the time in play."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_the_countrys_leader_then_is_its_president_at_that_time(
    talk: Callable[..., list[Answer]],
) -> None:
    """Uzbekistan came back in 2006: its president then was Karimov (was the list of the
    members at that date: "the country" read as the organization's members)."""
    _, leader = talk("when did uzbekistan rejoin the csto", "who was leading the country then?")
    assert leader.answered
    assert "Karimov" in leader.text
    assert "members were" not in leader.text


def test_the_countrys_leader_now_is_not_the_one_then(
    talk: Callable[..., list[Answer]],
) -> None:
    """ "Now" is no time in play: 2006's president is not today's."""
    *_, now = talk("when did uzbekistan rejoin the csto", "who leads the country now?")
    assert "Karimov" not in now.text
