"""'And who has the job now?' after who replaced whom asks today's holder of the post the step
was in, not the roles of the holder just named.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_the_post_now_after_a_successor(talk: Callable[..., list[Answer]]) -> None:
    """After Zas's successor (Tasmagambetov), "that post today" is the Secretary General now."""
    *_, now = talk("who came after zas as secretary general?", "who has that post today?")
    assert now.answered and "Masadykov" in now.text


def test_the_post_now_of_another_body(talk: Callable[..., list[Answer]]) -> None:
    """After the Joint Staff chief before Serdyukov, "the position now" is the Joint Staff's."""
    *_, now = talk(
        "who was chief of the joint staff before serdyukov?", "and who has the position now?"
    )
    assert now.answered and now.intent == "body.leadership" and "Serdyukov" in now.text
