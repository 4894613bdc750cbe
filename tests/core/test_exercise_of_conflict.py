"""An exercise asked of the conflict in play is in its facts, and "because of it" points back at
the conflict: it is no word a fact must share ("cancelled ... while saying", "amid").

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_an_exercise_cancelled_over_a_conflict(talk: Callable[..., list[Answer]]) -> None:
    """'Were any csto exercises cancelled due to it' after the 2022 clashes: the drill called
    off, not the clashes' overview."""
    answer = talk(
        "tell me about the september 2022 kyrgyz-tajik clashes",
        "were any csto exercises cancelled due to it?",
    )[-1]
    assert answer.answered and "Indestructible Brotherhood" in answer.text


def test_because_of_it_after_other_facts_of_the_conflict(
    talk: Callable[..., list[Answer]],
) -> None:
    """After the ceasefire protocol's date, 'which drill got cancelled because of it' is still
    asked of the clashes (not abstained for want of a fact saying "because")."""
    answer = talk(
        "when did the 2022 kyrgyz-tajik border fighting start",
        "and when did they sign the ceasefire protocol",
        "which csto exercise got cancelled because of it",
    )[-1]
    assert answer.answered and "cancelled" in answer.text
    assert "Batken" not in answer.text
