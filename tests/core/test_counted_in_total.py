"""'How many were there in total': a word that sums a count ("in total", "altogether",
"overall") is no word a fact must say; the figure of the thing in play answers.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_altogether_counts_the_force_in_play(talk: Callable[..., list[Answer]]) -> None:
    """After the states that sent soldiers, 'how many were there altogether' is the force's size."""
    answers = talk(
        "who asked the csto to send troops in january 2022?",
        "which countries sent soldiers?",
        "how many were there altogether?",
    )
    assert answers[-1].answered and "2,500" in answers[-1].text


def test_all_told_counts_the_force_in_play(talk: Callable[..., list[Answer]]) -> None:
    """'All told, how many troops went' after the January 2022 request: the force's size."""
    answers = talk(
        "who asked the csto to send troops in january 2022?",
        "all told, how many troops went",
    )
    assert answers[-1].answered and "2,500" in answers[-1].text
