"""How long between two events: each dated by its own "when" question, the time counted from
one date to the other, both dates and both facts given; an end not found is never guessed."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.understanding.order import SpanAsk, span_ask
from tests.core.asking import ask


def test_events_read_around_the_span_words() -> None:
    assert span_ask("how many days after the taliban took kabul did the leaders meet?") == (
        SpanAsk("the taliban took kabul", "the leaders meet", "after", "day", "did")
    )
    assert span_ask("How long was it between the appeal and the first arrivals?") == SpanAsk(
        "the appeal", "the first arrivals", "between", "any"
    )
    assert span_ask("how many weeks before the summit was the war") == SpanAsk(
        "the summit", "the war", "before", "week", "was"
    )
    # A question of its own after the first event, or no span asked, is no span.
    assert span_ask("how long after the summit did what happen?") is None
    assert span_ask("how long did zas serve?") is None
    assert span_ask("how many members are there?") is None


def test_days_after_an_event(engine: Engine) -> None:
    answer = ask(
        engine,
        "how many days after the taliban took kabul did csto leaders hold their emergency session?",
    )
    assert answer.answered
    assert answer.text.startswith("8 days")
    assert "15 August 2021" in answer.text
    assert "23 August 2021" in answer.text
    assert len(answer.facts) == 2


def test_an_unseen_wording_between_two_events(engine: Engine) -> None:
    # Neither the wording nor the events are those of the sets: "between X and Y", and the
    # end of a period said by a clause of its own ("and was complete by 19 January").
    answer = ask(
        engine,
        "how many days were there between the first csto troops arriving in almaty and the"
        " completion of the withdrawal from kazakhstan?",
    )
    assert answer.answered
    assert answer.text.startswith("13 days")
    assert "6 January 2022" in answer.text
    assert "19 January 2022" in answer.text


def test_an_event_read_within_the_other_ones_record(engine: Engine) -> None:
    # "The fighting began" names no conflict: it is read within the clashes the protocol's
    # fact belongs to.
    answer = ask(
        engine,
        "how long after the fighting began in sept 2022 did kyrgyzstan and tajikistan sign the"
        " ceasefire protocol?",
    )
    assert answer.answered
    assert answer.text.startswith("11 days")
    assert "14 September 2022" in answer.text


def test_the_start_of_the_record(engine: Engine) -> None:
    answer = ask(engine, "how many days before the start did kyrgyzstan call off the 2022 drills")
    assert answer.answered
    assert answer.text.startswith("1 day,")
    assert "9 October 2022" in answer.text
    assert "10 October 2022" in answer.text


def test_how_long_is_said_in_years_for_a_long_span(engine: Engine) -> None:
    answer = ask(engine, "how long after uzbekistan rejoined did it suspend its membership?")
    assert answer.answered
    assert answer.text.startswith("6 years and 4 months")
    assert "16 August 2006" in answer.text
    assert "19 December 2012" in answer.text


def test_an_end_not_found_is_not_guessed(engine: Engine) -> None:
    # Only the first event is found: no count is given, and what was found is said.
    answer = ask(engine, "how many days after the taliban took kabul did the moon landing happen?")
    assert not answer.answered
    assert "days," not in answer.text


def test_a_day_count_needs_both_days(engine: Engine) -> None:
    # The four day war is dated to its month only: its days from the summit are not counted.
    answer = ask(engine, "how many days before the yerevan summit was the four day war?")
    assert not answer.answered


def test_a_session_is_dated_by_its_record(engine: Engine) -> None:
    # A session's record says its month and its day: the day recorded is counted from.
    answer = ask(
        engine, "how many days after the yerevan summit in 2016 was the st petersburg summit?"
    )
    assert answer.answered
    assert answer.text.startswith("73 days")


def test_a_session_of_two_is_not_guessed(engine: Engine) -> None:
    # Two Yerevan sessions are recorded (2016, 2022): which one is meant is not guessed.
    answer = ask(
        engine, "how much time passed between the yerevan summit and the st petersburg summit?"
    )
    assert not answer.answered


def test_a_stretch_from_one_event_to_another(engine: Engine) -> None:
    assert span_ask("how many days were the troops there, from the arrival to the pullout?") == (
        SpanAsk("the arrival", "the pullout", "between", "day", about="the troops there")
    )
    answer = ask(
        engine,
        "how many years was it from the signing of the treaty to the signing of the charter?",
    )
    assert answer.answered
    assert answer.text.startswith("10 years and 5 months")


def test_a_span_between_the_first_arrivals_and_the_end_of_the_pullout(engine: Engine) -> None:
    # Each end is found in the deployment's own facts ("arrivals" is no longer corrected to
    # "rivals"; "on the ground" is where the forces were): the count is of days between them,
    # never the whole unrest's dates.
    answer = ask(
        engine,
        "How many days were CSTO forces on the ground in Kazakhstan, from the first arrivals to"
        " the end of the pullout?",
    )
    assert answer.answered
    assert answer.text.startswith("13 days")
    assert "6 January 2022" in answer.text and "19 January 2022" in answer.text


def test_a_date_the_event_gives_bounds_it(engine: Engine) -> None:
    # "The fighting in september 2022" read alone finds the Charter's ratification "by 18
    # September 2003": the month is no word of the event, and the date it gives rules that out.
    answer = ask(
        engine,
        "how many months after the fighting in september 2022 was the csto summit in yerevan?",
    )
    assert "2003" not in answer.text
    assert not answer.answered or "September 2022" in answer.text


def test_a_thing_called_off_does_not_date_its_happening(engine: Engine) -> None:
    # "When did the csto hold exercises in tajikistan" read alone finds a drill cancelled on 9
    # October 2022: a cancellation is not the drills held, so no count is made from it.
    answer = ask(
        engine, "how many weeks after kabul fell did the csto hold exercises in tajikistan?"
    )
    assert "9 October 2022" not in answer.text
    assert not answer.answered


def test_a_year_alone_gives_an_approximate_count(engine: Engine) -> None:
    answer = ask(engine, "how many years after the treaty came into force did azerbaijan leave?")
    assert answer.answered
    assert answer.text.startswith("About 5 years")
    assert "20 April 1994" in answer.text
