"""Follow-ups that step from what is in play: a year back or on, the like event before, the
first or last of a list by its step's date, and places picked with no list to pick from.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

import itertools

from bot.core.api import Answer, Context
from bot.core.engine import Engine
from bot.evaluation import answer_text

_talks = itertools.count()


def talk(engine: Engine, *questions: str) -> list[Answer]:
    """Ask the questions in order, in one new conversation."""
    context = Context(conversation=f"steps-{next(_talks)}", platform="test")
    return [engine.answer(question, context) for question in questions]


def test_before_that_steps_the_chair_back_a_year(engine):
    """'And before that?' after the chair in a year is the chair the year before."""
    *_, before = talk(engine, "which country chaired the csto in 2024", "and before that?")
    assert before.answered and "Belarus" in answer_text(before)


def test_before_that_after_an_office_holder_is_his_predecessor(engine):
    """An office's holder in a year, then 'and before that?': the one before him, not the year."""
    *_, before = talk(engine, "who was the csto secretary general in 2021", "and before that?")
    assert before.intent == "office.succession" and "Semerikov" in answer_text(before)


def test_a_counted_year_leaves_the_dated_event_behind(engine):
    """After the treaty's signing, 'a year later' asks about that year, not the signing."""
    *_, joined = talk(
        engine,
        "when was the collective security treaty signed in tashkent",
        "and who joined a year later?",
    )
    assert joined.answered and {"Azerbaijan", "Georgia", "Belarus"} <= set(
        answer_text(joined).replace(",", " ").split()
    )


def test_the_earlier_round_is_the_conflict_before_between_the_same_parties(engine):
    """'The previous round of fighting' after the 2022 clashes: the 2021 clashes."""
    *_, earlier = talk(
        engine,
        "when did kyrgyzstan and tajikistan clash in 2022",
        "and the previous round of fighting, when was that?",
    )
    assert earlier.answered and "April 2021" in answer_text(earlier)


def test_the_last_of_a_list_of_leavers_is_the_last_to_leave(engine):
    """'The last of them' after the former members: the one whose leaving came last."""
    *_, last = talk(
        engine, "which states are former csto members?", "when did the last of them go?"
    )
    assert last.answered and "2012" in answer_text(last)
    assert "Uzbekistan" in answer_text(last)


def test_a_place_in_no_list_is_asked_back(engine):
    """'Where did the second one take place' with nothing listed before: not answered."""
    (second,) = talk(engine, "where did the second one take place")
    assert not second.answered


def test_pull_out_is_read_as_withdrawing(engine):
    """'When did Azerbaijan pull out' asks when it left."""
    (left,) = talk(engine, "when did azerbaijan pull out of the treaty")
    assert left.answered and "1999" in answer_text(left)


def test_they_after_a_suspending_session_is_the_suspended_state(engine):
    """'Why did they leave' after a session that suspended a state: that state's reasons."""
    *_, why = talk(
        engine, "what happened at the moscow session in december 2012", "why did they leave?"
    )
    assert why.answered and "internal" in answer_text(why)


def test_a_counted_place_picks_that_item_of_the_list(engine):
    """'The second one' after three summits listed in date order: the second of them."""
    *_, second = talk(engine, "list the csto summits held in minsk", "who chaired the second one?")
    assert second.answered and "30 November 2017" in answer_text(second)
