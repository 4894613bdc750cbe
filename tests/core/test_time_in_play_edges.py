"""'After that', 'afterwards', 'that month' after an event or a dated fact: the time in play.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.core.engine import Engine
from bot.core.knowledge.dates import PartialDate
from bot.core.understanding.intent import Intent
from bot.core.understanding.memory import Topic
from bot.core.understanding.shifts import dated_edge


def test_afterwards_after_a_conflict_is_after_its_start(talk: Callable[..., list[Answer]]) -> None:
    """'What drill did Kyrgyzstan drop after that' after the 2022 clashes: the drill of that
    October, not which of the two rounds of clashes is meant."""
    answer = talk(
        "when did kyrgyz and tajik troops clash in september 2022?",
        "what csto drill did kyrgyzstan drop after that?",
    )[-1]
    assert answer.answered and "Indestructible Brotherhood" in answer.text + " ".join(answer.items)


def test_after_that_after_a_fact_found_is_its_date(talk: Callable[..., list[Answer]]) -> None:
    """A fact found by its rare words ("the Taliban entered Kabul") is in play like any answer:
    "after that" is after its date."""
    answer = talk(
        "when did the taliban enter kabul?", "when did the csto heads of state meet after that?"
    )[-1]
    assert answer.answered and "23 August 2021" in answer.text


def test_after_that_of_a_state_is_its_step_not_a_time(shipped_engine: Engine) -> None:
    """After a state (or with "it" for one), "after that" is its next step: no date written in;
    after a conflict, the conflict's start is."""
    linker, catalog = shipped_engine._loaded.linker, shipped_engine._loaded.catalog
    asked = linker.read("what drill did kyrgyzstan cancel after that")
    clashes = Topic(("kyrgyzstan-tajikistan-2022",), Intent.CONFLICT_YEAR, PartialDate(2022))
    assert dated_edge(asked, clashes, catalog) == (
        "what drill did kyrgyzstan cancel after 14 september 2022"
    )
    state = Topic(("uzbekistan",), Intent.MEMBER_REJOINED, PartialDate(2006, 6, 23))
    assert dated_edge(asked, state, catalog) is None
    its = linker.read("and when did it suspend its participation after that")
    assert dated_edge(its, clashes, catalog) is None
