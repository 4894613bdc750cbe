"""'Which country took over the chairmanship next?' after a summit: a closing "next" in a question
of the past is "after that", counted from the summit in play, as "afterwards" is.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_the_chair_next_after_a_summit(talk: Callable[..., list[Answer]]) -> None:
    """After the Moscow summit of May 2022 (Armenia's year), the next chair is Belarus, not
    today's chair."""
    _, chair = talk(
        "what happened at the moscow summit in may 2022?", "who got the chairmanship next?"
    )
    assert chair.answered and "Belarus" in chair.text
    assert "2026" not in chair.text
