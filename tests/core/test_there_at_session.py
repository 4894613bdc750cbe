"""'Was Uzbekistan there?' with a summit in play asks the state's presence at that summit; a
trailing concession ("even though it's not a member anymore") is the asker's premise.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.core.language.premises import before_concession


def test_a_state_there_is_its_presence_at_the_summit(talk: Callable[..., list[Answer]]) -> None:
    """After the Astana summit of 2024, "was armenia there?" is Armenia's absence from it, not
    the summit's overview asked of Armenia (which found nothing)."""
    _, there = talk("what happened at the astana summit in 2024?", "was armenia there?")
    assert there.answered and there.intent == "summit.attendance"
    assert "declined to attend" in there.text


def test_a_state_the_summit_never_speaks_of_is_not_guessed(
    talk: Callable[..., list[Answer]],
) -> None:
    """Nothing of the Astana summit names Belarus: no one else's absence is given instead."""
    _, there = talk("what happened at the astana summit in 2024?", "was belarus there?")
    assert "Armenia" not in there.text


def test_a_concession_after_a_yes_no_question_is_a_premise() -> None:
    """The yes/no question stands without the concession; a "why" keeps its contrast."""
    assert before_concession("did georgia sign although it left later?") == "did georgia sign?"
    why = "why did armenia stay although it froze its membership?"
    assert before_concession(why) == why
