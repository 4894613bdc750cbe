"""'For how long?' after a fact stating a length asks that fact's length again, as 'since when?'
asks a fact's date; after a fact stating none, the subject's own span is still asked.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.answering.check import states_length
from bot.core.api import Answer


def test_a_length_is_stated_by_units_or_a_span() -> None:
    """'For 5 years' states a length; one date states none."""
    assert states_length("The deal deployed peacekeepers for 5 years with automatic renewal.")
    assert not states_length("The Yerevan summit of 23 November 2022 appointed him.")


def test_how_long_asks_the_length_the_fact_gave(talk: Callable[..., list[Answer]]) -> None:
    """After the peacekeepers the 2020 deal deployed, 'how long?' is the deal's five years, not
    the whole Karabakh conflict's span (1988 to 2023)."""
    answer = talk("how many peacekeepers did russia send to karabakh in 2020?", "how long?")[-1]
    assert answer.answered and "5 years" in answer.text and "1988" not in answer.text


def test_a_fact_without_a_length_leaves_the_subject_span(
    talk: Callable[..., list[Answer]],
) -> None:
    """After who led the Kazakh deployment, 'how long were they there' is still its span."""
    answer = talk(
        "tell me about the csto deployment in kazakhstan",
        "who led it?",
        "how long were they there?",
    )[-1]
    assert answer.answered and "19 January" in answer.text
