"""Times counted from an event ("the year after ...", "a month before ..."), spans with a part of
a date ("since the end of 2023"), office holders before or until a date, and a frozen state asked
whether it left.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

import pytest

from bot.core.api import Answer, Context
from bot.core.engine import Engine
from bot.core.knowledge.dates import PartialDate
from bot.core.understanding.offsets import Offset, counted_time, counted_window, split_offset


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split(" "))


def ask(engine: Engine, question: str) -> Answer:
    return engine.answer(question, Context(conversation=None))


def test_a_count_before_an_anchor_phrase_is_taken_out():
    """'the year after the deployment' splits into the count and 'after the deployment'."""
    question = words("who was secretary general the year after the deployment")
    rest, offset = split_offset(question)
    assert offset == Offset(1, "year")
    assert rest == words("who was secretary general after the deployment")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a few days after the summit", Offset(3, "day", rough=True)),
        ("a couple of months before the war", Offset(2, "month", rough=True)),
        ("two years before the war", Offset(2, "year")),
        ("3 weeks after the summit", Offset(3, "week")),
    ],
)
def test_counts_in_words_digits_and_rough_words(text, expected):
    """Number words, digits and rough counts ('a few', 'a couple of') are all read."""
    _, offset = split_offset(words(text))
    assert offset == expected


def test_a_while_after_is_no_count():
    """'in the days after the summit' counts nothing: a plural unit needs a number."""
    _, offset = split_offset(words("what happened in the days after the summit"))
    assert offset is None


def test_the_same_year_reads_as_during_the_event():
    """'in the same year X happened' is the event's own year."""
    rest, offset = split_offset(words("in the same year uzbekistan left what did it join"))
    assert offset == Offset(0, "year")
    assert rest[0] == "during"


def test_counted_time_moves_from_the_events_end_for_after():
    """A year after an event that ended in January 2022 is 2023; a month before August 2021 July."""
    start, end = PartialDate(2022, 1, 2), PartialDate(2022, 1, 19)
    assert counted_time(Offset(1, "year"), "after", start, end) == PartialDate(2023)
    month = counted_time(Offset(1, "month"), "before", PartialDate(2021, 8, 15), None)
    assert month == PartialDate(2021, 7)


def test_a_count_too_fine_for_the_events_date_leads_nowhere():
    """'Two months after 1999' cannot be placed."""
    assert counted_time(Offset(2, "month"), "after", PartialDate(1999), None) is None


def test_the_window_of_a_rough_count_is_bounded():
    """'A few days after 6 January 2022' reaches no further than a few days on."""
    window = counted_window(Offset(3, "day", rough=True), "after", PartialDate(2022, 1, 6), None)
    assert window is not None
    assert window[0].isoformat() == "2022-01-07" and window[1].isoformat() <= "2022-01-16"


def test_office_holder_the_year_after_an_event(engine):
    """'The year after the Kazakhstan deployment' asks for the holder in 2023, not in 2022."""
    answer = ask(engine, "who was secretary general the year after the kazakhstan deployment")
    assert answer.answered and "Tasmagambetov" in answer.text


def test_a_count_from_an_event_not_found_abstains_for_a_dated_answer(engine):
    """A count from something the fact base cannot date gives no office holder for another time."""
    answer = ask(engine, "who was secretary general two years after the great flood of the volga")
    assert not answer.answered or "Masadykov" not in answer.text


def test_a_part_of_a_date_is_no_event(engine):
    """'Since the end of 2023' is a date: the head then and now, not one from an event's facts."""
    answer = ask(engine, "who heads the joint staff since the end of 2023")
    assert answer.answered and "Serdyukov" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who headed the joint staff before 2023",
        "Кто возглавлял Объединённый штаб ОДКБ до 2023 года?",
    ],
)
def test_office_holder_before_a_year_is_the_one_before_it(engine, question):
    """'Before 2023' asks for the holder on the last day of 2022, not the one who began in 2023."""
    answer = ask(engine, question)
    assert answer.answered and "Sidorov" in answer.text and "Serdyukov" not in answer.text


def test_office_holder_until_a_year_is_not_the_holder_now(engine):
    """'Until 2022' asks for the holder at the end of 2022."""
    answer = ask(engine, "who was secretary general until 2022")
    assert answer.answered and "Zas" in answer.text


def test_a_frozen_member_asked_whether_it_quit(engine):
    """'Has Armenia officially quit?' leads with: not formally, its participation is frozen."""
    answer = ask(engine, "has armenia officially quit the csto?")
    assert answer.answered and "not formally left" in answer.text and "frozen" in answer.text


def test_a_suspended_state_counts_at_a_session_only_as_a_named_guest(engine):
    """Uzbekistan after its suspension: the session its records name it at, said as such."""
    answer = ask(engine, "which summits did uzbekistan attend since 2015")
    assert answer.answered and "2021" in answer.text
    assert "was a member at" not in answer.text
