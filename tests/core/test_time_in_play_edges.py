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
from bot.core.understanding.shifts import dated_edge, shifted_question


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


def test_month_named_that_year_is_that_month(shipped_engine: Engine) -> None:
    """'In June that year', 'in June of the same year': the month named in the year in play, so
    an event of that June is meant, not any event of the year."""
    linker, catalog = shipped_engine._loaded.linker, shipped_engine._loaded.catalog
    force = Topic(("collective-rapid-reaction-force",), Intent.BODY_FOUNDED, PartialDate(2009, 2))
    asked = linker.read("which members didn't sign the agreement in june that year")
    assert shifted_question(asked, force, catalog) == (
        "which members didnt sign the agreement in june 2009"
    )
    of_it = linker.read("who signed in june of the same year")
    assert shifted_question(of_it, force, catalog) == "who signed in june 2009"


def test_month_that_year_picks_among_the_years_events(talk: Callable[..., list[Answer]]) -> None:
    """Two sessions in 2009 (February, June): "in June that year" asks of the June one, it asks
    nothing back."""
    answer = talk(
        "when was the crrf created?", "which members didn't sign the agreement in june that year?"
    )[-1]
    assert answer.answered and "Belarus" in answer.text and "Uzbekistan" in answer.text


def test_afterwards_with_no_day_in_play_asks_nothing_of_its_own(
    talk: Callable[..., list[Answer]],
) -> None:
    """'How many peacekeepers did Russia deploy afterward' after a war's end asked by its year:
    with no day in play to count from, "afterward" still names no thing a fact must say."""
    answer = talk(
        "when did the 2020 karabakh war end?", "how many peacekeepers did russia deploy afterward?"
    )[-1]
    assert answer.answered and "1,960" in answer.text


def test_a_count_of_days_or_weeks_later_is_the_month_it_leads_to(shipped_engine: Engine) -> None:
    """'What happened a week later?' after a dated answer: the month the count reaches from the
    date in play, written out; a rough count of months names no one month, and a count of
    years is left to the year shift."""
    linker, catalog = shipped_engine._loaded.linker, shipped_engine._loaded.catalog
    in_play = Topic(("csto",), Intent.FACTS_SEARCH, PartialDate(2021, 12, 28))
    week = linker.read("what did the secretary general say about a week later")
    assert shifted_question(week, in_play, catalog) == (
        "what did the secretary general say in january 2022"
    )
    days = linker.read("and a couple of days earlier?")
    assert shifted_question(days, in_play, catalog) == "and in december 2021"
    months = linker.read("what did they do a few months later")
    assert shifted_question(months, in_play, catalog) is None
    undated = Topic(("csto",), Intent.FACTS_SEARCH, PartialDate(2021))
    assert shifted_question(week, undated, catalog) is None


def test_a_week_after_a_fact_found_is_asked_of_that_month(
    talk: Callable[..., list[Answer]],
) -> None:
    """'What did the CSTO do about a week later' after a fact dated to the day: the facts of the
    month a week on, not the organization's overview."""
    answer = talk(
        "when did the taliban enter kabul?", "and what did csto leaders do roughly a week later?"
    )[-1]
    assert answer.answered and "23 August 2021" in answer.text


def test_after_that_is_not_answered_by_the_fact_just_given(
    talk: Callable[..., list[Answer]],
) -> None:
    """'And what did the CSTO do after that?' asks of a later time: the fact of the day in play,
    said again, is no answer to it."""
    first, after = talk(
        "when did the taliban capture kabul?", "and what did the csto do after that"
    )
    assert "15 August 2021" in first.text
    assert not (after.answered and after.text == first.text)
