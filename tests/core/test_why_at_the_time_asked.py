"""A bare 'why not?' after a question about a time it gave asks the reason at that time.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_why_not_after_the_2020_karabakh_war(talk: Callable[..., list[Answer]]) -> None:
    """After the 2020 Karabakh war and whether the CSTO stepped in, 'how come it didn't? why
    not?' is a reason of 2020 (Moscow: its obligations did not extend to Karabakh), not a
    dispute about 1991."""
    answers = talk(
        "what went on in karabakh in 2020?",
        "did the csto do anything?",
        "why not?",
    )
    text = answers[-1].text
    assert answers[-1].answered and "2020" in text and "proclaimed" not in text
