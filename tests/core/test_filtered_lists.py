"""Lists narrowed as asked: a party's relation to each item, a span of time, a place, an origin.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.core.answering.compose import AnswerBuilder
from bot.core.answering.respond.filters import read_span
from bot.core.api import Answer
from bot.core.engine import Engine
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Fact
from tests.core.asking import ask

MARKER = re.compile(r"\[\d+\]")


def first_sentence(answer: Answer) -> str:
    """The answer's lead, up to its first full stop followed by a space or the end."""
    return answer.text.split(". ")[0]


def test_a_span_is_read_only_from_a_date_right_after_its_word() -> None:
    """'since 2015' opens a span on its first day, 'before 2003' ends it the day before; 'after
    the 2022 summit' names an event and is no span."""
    since = read_span(("summits", "since", "2015"))
    assert since is not None and since.first == dt.date(2015, 1, 1) and since.last is None
    before = read_span(("held", "before", "2003"))
    assert before is not None and before.last == dt.date(2002, 12, 31) and before.first is None
    after = read_span(("after", "march", "2020"))
    assert after is not None and after.first == dt.date(2020, 4, 1)
    assert read_span(("after", "the", "2022", "summit")) is None


def test_absences_of_a_party_within_a_span(shipped_engine: Engine) -> None:
    """Only the sessions the party stayed away from after the year, each dated and sourced."""
    answer = ask(shipped_engine, "list the sessions belarus stayed away from after 2010")
    assert answer.answered
    assert "St Petersburg" in first_sentence(answer)
    assert len(answer.items) == 1
    assert "2009" not in " ".join(answer.items)
    assert all(MARKER.search(item) and "2016" in item for item in answer.items)


def test_an_empty_filtered_list_says_so_with_how_far_the_records_go(shipped_engine: Engine) -> None:
    """No absence recorded is said plainly, with the date the records run to, not a full list."""
    answer = ask(shipped_engine, "which sessions did tajikistan skip")
    assert answer.text.startswith("The fact base records no")
    assert "Tajikistan" in first_sentence(answer)
    assert "27 November 2025" in answer.text
    assert not answer.items


def test_sessions_a_country_hosted(shipped_engine: Engine) -> None:
    """A host's sessions only, counted in the lead."""
    answer = ask(shipped_engine, "what sessions has belarus hosted")
    assert first_sentence(answer).startswith("Belarus hosted 3")
    assert answer.items and all("Minsk" in item for item in answer.items)


def test_sessions_before_a_year(shipped_engine: Engine) -> None:
    """'before 2003' keeps the earlier sessions only, however many a year-only reading finds."""
    answer = ask(shipped_engine, "csto sessions held before 2003")
    years = [
        int(match) for item in answer.items for match in re.findall(r"\b(19\d\d|20\d\d)\b", item)
    ]
    assert answer.items and max(years) < 2003


def test_founders_split_by_where_they_stand_now(shipped_engine: Engine) -> None:
    """'Still in' leads with the founders that are members today and names the one that is not."""
    answer = ask(shipped_engine, "of the founding states, which are still in the alliance")
    lead = first_sentence(answer)
    assert "5 are still" in lead and "Tajikistan" in lead and "Uzbekistan" not in lead
    assert "No longer members: Uzbekistan" in answer.text


def test_states_that_left_and_never_came_back(shipped_engine: Engine) -> None:
    """'Never came back' keeps the leavers without a return; 'came back' the one that returned."""
    never = ask(shipped_engine, "which members left and never came back")
    assert first_sentence(never).startswith("Azerbaijan and Georgia")
    assert "Uzbekistan" not in first_sentence(never)
    back = ask(shipped_engine, "which members left and came back later")
    assert first_sentence(back).startswith("Uzbekistan")
    assert any("2006" in item for item in back.items)


def test_office_holders_from_a_country(shipped_engine: Engine) -> None:
    """'From Belarus' narrows the secretaries general to the one from there."""
    answer = ask(shipped_engine, "which secretary general came from belarus")
    assert first_sentence(answer).startswith("Stanislav Zas")
    assert not any("Bordyuzha" in item for item in answer.items)


def test_a_country_that_dates_the_question_is_no_origin(shipped_engine: Engine) -> None:
    """'When Armenia froze its participation' says when, not where the holder comes from."""
    answer = ask(shipped_engine, "who was secretary general when armenia froze its participation")
    assert "Khachaturov" not in answer.text


def test_the_holder_now_and_before(shipped_engine: Engine) -> None:
    """The current holder leads, with an as-of date; the earlier ones follow as items."""
    answer = ask(shipped_engine, "who heads the joint staff now and who did before")
    assert "Serdyukov" in first_sentence(answer) and "as of" in first_sentence(answer)
    assert any("Sidorov" in item for item in answer.items)


def test_a_summit_fact_in_the_question_s_own_words_leads(shipped_engine: Engine) -> None:
    """Asked what someone said at a session, the fact saying it comes before the venue."""
    answer = ask(
        shipped_engine, "during the 2013 sochi summit, what did rahmon say his border guards lacked"
    )
    assert answer.intent == "summit.overview"
    assert "radar" in first_sentence(answer)


def test_a_list_of_one_exercise_answers_about_it(shipped_engine: Engine) -> None:
    """'The scenario of the exercise in Kyrgyzstan in October 2016' is that drill's scenario."""
    answer = ask(shipped_engine, "scenario of the exercise held in kyrgyzstan in october 2016")
    assert answer.intent == "exercise.scenario"
    assert "Afghanistan" in answer.text


def test_a_membership_event_comes_without_the_whole_timeline(shipped_engine: Engine) -> None:
    """'When did it leave' is answered by the event; a status question keeps its timeline."""
    left = ask(shipped_engine, "what year did azerbaijan quit the alliance")
    assert left.intent == "member.left"
    assert "1999" in left.text
    assert not left.sections
    status = ask(shipped_engine, "what is uzbekistan's standing in the csto")
    assert any("timeline" in section.title for section in status.sections)


def test_a_dispute_on_another_subject_of_the_same_kind_is_left_out(shipped_engine: Engine) -> None:
    """A question about Azerbaijan's accession does not carry the dispute on Georgia's."""
    answer = ask(shipped_engine, "azerbaijan's accession to the treaty: which day")
    assert not any("Georgia" in dispute.topic for dispute in answer.disputes)


def test_a_partly_corroborated_statement_says_so(shipped_engine: Engine) -> None:
    """A note confirming only part of a statement is said in the statement's qualifiers, with
    the part it confirms (a short note in full, a long one by its first clause)."""
    catalog = Catalog(shipped_engine.knowledge)
    source = next(iter(catalog.sources))
    builder = AnswerBuilder(catalog, "q", "facts.search")
    partly = Fact(
        text="A plan was adopted.", sources=(source,), corroboration="partly corroborated (x)"
    )
    naming = Fact(
        text="The force held it.",
        sources=(source,),
        corroboration="the naming is not corroborated; the drill is",
    )
    plain = Fact(text="It was held.", sources=(source,), corroboration="corroborated (two sources)")
    long_note = "partly corroborated (" + "a long account of what was found; " * 8 + ")"
    lengthy = Fact(text="A list was filed.", sources=(source,), corroboration=long_note)
    assert "(partly corroborated: x)" in builder.cite(partly, "a")
    assert "(the naming is not corroborated; the drill is)" in builder.cite(naming, "b")
    assert "(partly corroborated)" in builder.cite(lengthy, "d")
    assert "(" not in builder.cite(plain, "c").split("[")[0]


def test_a_statement_naming_its_own_month_carries_no_as_of(shipped_engine: Engine) -> None:
    """'At the summit of September 2013 he said' is not also 'as of 23 September 2013'."""
    catalog = Catalog(shipped_engine.knowledge)
    source = next(iter(catalog.sources))
    builder = AnswerBuilder(catalog, "q", "facts.search")
    said = Fact(
        text="At the summit of September 2013 he asked for radar.",
        sources=(source,),
        confidence="high",
        as_of=PartialDate(2013, 9, 23),
    )
    held = Fact(
        text="The force numbered 3,600.",
        sources=(source,),
        confidence="high",
        as_of=PartialDate(2016, 10),
    )
    assert "as of" not in builder.cite(said, "a")
    assert "(as of October 2016)" in builder.cite(held, "b")


def test_exercises_within_a_span(shipped_engine: Engine) -> None:
    """'Before 2015' keeps the earlier exercises and says the span; a year alone is not a span."""
    answer = ask(shipped_engine, "list the csto drills before 2015")
    assert answer.intent == "exercise.list"
    assert "before 2015" in first_sentence(answer)
    assert answer.items and not any("2015" in item or "2016" in item for item in answer.items)


def test_a_role_without_a_start_covers_no_earlier_year(shipped_engine: Engine) -> None:
    """A chief seen in post in 2016, start unknown, is not the chief of 2010: the bot says it
    does not know, rather than name him."""
    answer = ask(shipped_engine, "joint staff chief in 2010?")
    assert not answer.answered
    assert "Sidorov" not in answer.text


def test_no_holder_before_the_first_says_when_the_first_began(shipped_engine: Engine) -> None:
    """Before the first recorded term, the answer says so and when the first one began; another
    post's role (the Secretariat's spokesman) is never offered as its holder."""
    early = ask(shipped_engine, "who was the secretary general back in 1996")
    assert "took office in 2003" in early.text
    late = ask(shipped_engine, "who was the secretary general in 2031")
    assert "Spokesman" not in late.text


def test_who_is_in_charge_asks_for_the_head(shipped_engine: Engine) -> None:
    """'In charge of' asks who leads a body, with the holder's as-of date."""
    answer = ask(shipped_engine, "who's in charge of the parliamentary assembly of the csto")
    assert answer.intent == "body.leadership"
    assert "Volodin" in first_sentence(answer) and "as of" in first_sentence(answer)


def test_a_person_s_attendance_comes_from_the_records_that_name_them(
    shipped_engine: Engine,
) -> None:
    """A leader's sessions are those an attendance record names them at; with none recorded in
    the span, the answer is withheld rather than 'none'."""
    named = ask(shipped_engine, "at which csto sessions was putin present")
    assert "Putin" in first_sentence(named) and answer_items_cite(named)
    unknown = ask(shipped_engine, "which summits did tokayev attend since 2023")
    assert not unknown.answered


def answer_items_cite(answer: Answer) -> bool:
    """Every list item carries a source marker."""
    return bool(answer.items) and all(MARKER.search(item) for item in answer.items)


def test_a_span_closed_at_both_ends_keeps_every_year_between() -> None:
    """'Between 2015 and 2017', 'from 2015 to 2017': the years between count too, not only the
    two named; a pair in the wrong order is no span."""
    for words in (
        ("exercises", "between", "2015", "and", "2017"),
        ("exercises", "from", "2015", "to", "2017"),
    ):
        span = read_span(words)
        assert span is not None
        assert span.admits(PartialDate(2016, 8)) and span.admits(PartialDate(2017, 12, 31))
        assert not span.admits(PartialDate(2014, 12)) and not span.admits(PartialDate(2018))
    assert read_span(("between", "2017", "and", "2015")) is None


def test_a_filtered_list_between_two_years_lists_the_year_between(
    shipped_engine: Engine,
) -> None:
    """'Which summits did Armenia miss between 2023 and 2025': its absence of 2024 too."""
    answer = shipped_engine.answer("which summits did armenia miss between 2023 and 2025?")
    assert answer.answered and "Astana" in answer.text and "Bishkek" in answer.text
