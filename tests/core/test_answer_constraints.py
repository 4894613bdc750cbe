"""An answer must meet what the question itself fixes: the person, the session's time, the day,
the reason; and a question is not off topic for one ordinary word the facts never use."""

from __future__ import annotations

import pytest

from bot.core.answering.check import asked, states_day, states_reason
from bot.core.engine import Engine
from bot.core.knowledge.dates import PartialDate
from bot.core.language.normalize import tokens
from tests.core.asking import ask


def reading(question: str) -> tuple[str, ...]:
    return tuple(tokens(question))


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("who was the very first secretary general", "Bordyuzha"),  # "very": an ordinary word
        ("which summit took place in nov 2023", "Minsk"),  # "nov": a month, not an unknown
    ],
)
def test_an_ordinary_unknown_word_is_not_off_topic(
    shipped_engine: Engine, question: str, named: str
) -> None:
    answer = ask(shipped_engine, question)
    assert answer.answered
    assert named in answer.text


@pytest.mark.parametrize(
    "question", ["what is the meaning of life", "what is the shanghai cooperation organisation"]
)
def test_unknown_words_as_many_as_the_domain_words_stay_off_topic(
    shipped_engine: Engine, question: str
) -> None:
    assert not ask(shipped_engine, question).answered


@pytest.mark.parametrize(
    ("question", "month"),
    [
        ("what was decided at the csto summit in march 2015", "March 2015"),
        ("what did the leaders agree at the csto videoconference in july 2019", "July 2019"),
    ],
)
def test_a_summit_at_a_time_none_was_held_is_not_answered_with_another(
    shipped_engine: Engine, question: str, month: str
) -> None:
    answer = ask(shipped_engine, question)
    assert not answer.answered
    assert f"no summit or session in {month}" in answer.text


def test_a_summit_that_was_held_then_is_still_answered(shipped_engine: Engine) -> None:
    answer = ask(shipped_engine, "what was decided at the csto summit in november 2024")
    assert answer.answered
    assert "Astana" in answer.text


def test_a_person_named_must_be_spoken_of(shipped_engine: Engine) -> None:
    """Another leader's words, or the summit's record alone, do not say what he said."""
    answer = ask(
        shipped_engine, "what did lukashenko say in his speech at the astana summit in 2024"
    )
    assert not answer.answered or "Lukashenko" in answer.text


def test_a_person_named_picks_the_fact_about_him(shipped_engine: Engine) -> None:
    answer = ask(shipped_engine, "what did sarkisyan say about karabakh at the yerevan summit")
    assert answer.answered
    assert "Sargsyan" in answer.text


def test_asked_on_what_exact_day_a_year_or_month_is_no_answer() -> None:
    question = asked(reading("on what exact day did armenia freeze its participation"), [])
    assert not states_day(question, "Armenia froze its participation in February 2024.")
    assert states_day(question, "Armenia froze its participation on 22 February 2024.")
    year = PartialDate(2024)
    plain = asked(reading("when did armenia freeze its participation in 2024"), [year])
    assert states_day(plain, "Armenia froze its participation in February 2024.")


def test_asked_why_a_record_without_a_reason_is_no_answer() -> None:
    question = asked(reading("why did nazarbayev skip the yerevan summit"), [])
    assert not states_reason(question, "The fact base records no absences at the summit.")
    assert states_reason(question, "Nazarbayev stayed away citing health.")
    assert states_reason(asked(reading("who hosted it"), []), "The summit took place in Minsk.")


@pytest.mark.parametrize("question", ["when did turkey join the csto", "is swaziland in the csto"])
def test_a_state_by_its_former_english_name_is_not_a_member(
    shipped_engine: Engine, question: str
) -> None:
    """ISO now says Türkiye and Eswatini; users still write the older names."""
    answer = ask(shipped_engine, question)
    assert "not a member" in answer.text
