"""'What was decided there?' after a state (or the organization) and the summit in play: "there"
is the summit, at the time in play; a state or the organization is no place of a decision.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_agreed_there_after_a_chair_is_the_summit_of_that_year(
    talk: Callable[..., list[Answer]],
) -> None:
    """After Kazakhstan's chairmanship of 2024, "there" is the Astana summit of 2024, not a
    2009 agreement found by the word "agree"."""
    _, agreed = talk("did kazakhstan chair the csto in 2024?", "what did they agree there?")
    assert agreed.intent == "summit.decisions" and "Astana" in agreed.text
    assert "2009" not in agreed.text
