"""Event-relative time, misspelt question words, inflected cue words and list follow-ups.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.api import Answer, Context
from bot.core.engine import Engine
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.loader import load_knowledge
from bot.core.language.linking import Linker

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker(Catalog(load_knowledge(KNOWLEDGE)))


def ask(engine: Engine, question: str, conversation: str | None = None) -> Answer:
    return engine.answer(question, Context(conversation=conversation))


def test_office_holder_at_the_time_of_a_named_summit(engine):
    """'At the time of the 2019 Bishkek summit' is read as November 2019, not today."""
    answer = ask(engine, "who was the secretary general at the time of the 2019 bishkek summit")
    assert answer.answered and answer.intent == "org.secretaries"
    assert "Semerikov" in answer.text and "Masadykov" not in answer.text


def test_office_holder_when_an_event_the_facts_date_happened(engine):
    """'When Uzbekistan suspended its membership' is dated by the facts that say so (2012)."""
    answer = ask(engine, "who was secretary general when uzbekistan suspended its membership")
    assert answer.answered and answer.intent == "org.secretaries"
    assert "Bordyuzha" in answer.text and "2012" in answer.text


def test_what_is_asked_the_year_an_event_happened(engine):
    """'The year the Taliban took Kabul' is read as 2021, any question asked of it; 'the year
    after' still counts a year on, and 'what was the year' asks the event's own date."""
    held = ask(engine, "who was secretary general the year the taliban took kabul?")
    assert held.answered and "Zas" in held.text and "Masadykov" not in held.text
    summit = ask(engine, "where was the summit the year armenia froze its participation?")
    assert summit.answered and "Astana" in summit.text
    later = ask(engine, "where was the summit the year after armenia froze its participation")
    assert later.answered and "Bishkek" in later.text and "Astana" not in later.text
    own = ask(engine, "what was the year armenia froze its participation")
    assert own.answered and "2024" in own.text


def test_members_when_an_event_happened(engine):
    """The members 'when Georgia left' are those of 1999, without Georgia."""
    answer = ask(engine, "which countries were members when georgia left")
    assert answer.answered and answer.intent == "member.at_date"
    assert "1999" in answer.text and "Georgia" not in answer.text


def test_summit_before_and_after_a_named_summit(engine):
    """'The summit before/after the 2019 Bishkek one' is its neighbour, not the named one."""
    before = ask(engine, "what was the summit before the 2019 bishkek one")
    assert before.entities[:1] == ("astana-2018",)
    after = ask(engine, "which summit came after the 2019 bishkek summit")
    assert after.entities[:1] == ("dushanbe-2021",)


def test_a_body_agreed_on_dates_the_event_by_its_founding(engine):
    """'When the peacekeeping force was approved' is the body's founding decision (2007)."""
    answer = ask(engine, "who was the secretary general when the peacekeeping force was approved")
    assert answer.answered and answer.intent == "org.secretaries"
    assert "Bordyuzha" in answer.text and "2007" in answer.text


def test_a_kind_of_session_asked_after_an_event_is_of_that_kind(engine):
    """'The first emergency session after' a regular summit skips the regular ones."""
    answer = ask(engine, "what was the first emergency session after the 2019 bishkek summit")
    assert answer.entities[:1] == ("extraordinary-2021-08",)


def test_a_session_held_in_person_is_not_told_by_the_neighbour(engine):
    """The records do not say how a session was held: 'the first in-person one after' abstains."""
    answer = ask(engine, "which was the first face to face summit after the astana 2018 one")
    assert not answer.answered


def test_a_plain_date_after_since_is_no_event(engine):
    """'Since 2010' is a date, read as such; the question still asks when it left."""
    answer = ask(engine, "when did georgia leave, and has it been a member since 2010")
    assert answer.intent != "org.secretaries"


def test_misspelt_question_words_are_corrected(linker):
    """A dropped or swapped letter in a question word is fixed when only one word fits."""
    assert linker.correct("wich") == ("which", 1)
    assert linker.correct("wehn") == ("when", 1)
    assert linker.correct("whre") == ("where", 1)
    # "hwo" is "who" or "how", and "here" is a word of its own: both stay as written.
    assert linker.correct("hwo") == ("hwo", 0)
    assert linker.correct("here") == ("here", 0)


def test_only_names_lose_a_first_letter(linker):
    """'Erevan' is Yerevan (transliterations drop a Y), but 'order' is no 'border'."""
    assert linker.correct("erevan") == ("yerevan", 1)
    assert linker.correct("order")[0] == "order"


def test_misspelt_question_word_keeps_the_question(engine):
    """'wich countries are observers' asks what 'which countries are observers' asks."""
    answer = ask(engine, "wich countries are observers")
    assert answer.answered and answer.intent == "member.observers"


def test_inflected_cue_word_asks_what_its_root_asks(engine, linker):
    """'chairing' asks what 'chair' asks (the presidency); 'yearly' is not 'year'."""
    assert linker.correct("chairing") == ("chair", 0)
    assert linker.correct("yearly")[0] != "year"
    answer = ask(engine, "who is chairing the csto in 2023")
    assert answer.answered and answer.intent == "org.presidency"
    assert "Belarus" in answer.text


def test_which_of_a_listed_group_comes_from_a_named_state(engine):
    """After the list of secretaries general, 'which of them came from Belarus' is Zas."""
    ask(engine, "list all the csto secretaries general", "inplay-1")
    answer = ask(engine, "which of them came from belarus", "inplay-1")
    assert answer.answered and answer.entities[:1] == ("stanislav-zas",)


def test_follow_up_after_a_list_picks_the_item_its_facts_answer(engine):
    """After four 2022 sessions, a refusal to sign the declaration is about the Yerevan one."""
    ask(engine, "which summits were held in 2022", "inplay-2")
    answer = ask(engine, "and who refused to sign its declaration", "inplay-2")
    assert answer.entities[:1] == ("yerevan-2022",)


def test_the_last_one_of_a_list_just_given(engine):
    """'The last one of them' after the 2022 sessions is the last session listed."""
    ask(engine, "which summits were held in 2022", "inplay-3")
    answer = ask(engine, "where was the last one of them held", "inplay-3")
    assert answer.entities[:1] == ("yerevan-2022",)
    assert "Yerevan" in answer.text


@pytest.mark.parametrize(
    ("question", "intent", "present", "absent"),
    [
        # A list's span runs from the event's day (its month when no day is known); "it" is
        # the state the question named.
        ("which summits did armenia attend before it froze its participation", "summit.list",
         ["before 22 February 2024"], ["2025"]),
        ("which exercises were held after uzbekistan came back", "exercise.list",
         ["after 16 August 2006"], ["2005"]),
        ("which summits did kazakhstan host before the alliance went into kazakhstan",
         "summit.list", ["2018"], ["2024"]),
    ],
)  # fmt: skip
def test_a_list_is_narrowed_by_the_span_an_event_gives(engine, question, intent, present, absent):
    answer = ask(engine, question)
    assert answer.answered and answer.intent == intent
    assert all(word in answer.text for word in present)
    assert not any(word in answer.text for word in absent)


def test_the_council_chair_at_an_event_is_the_presidency_then(engine):
    """The council's chair rotates with the presidency: 'chairing it when X was approved'."""
    answer = ask(
        engine,
        "who was chairing the collective security council when the kazakhstan deployment "
        "was approved",
    )
    assert answer.answered and "Pashinyan" in answer.text


def test_an_event_said_of_a_person_is_dated_by_the_facts(engine):
    """'When Tokayev asked for help' is an event (January 2022), not the order of an office."""
    answer = ask(engine, "which country held the csto chair when tokayev asked for help")
    assert answer.answered and "Armenia" in answer.text and "2022" in answer.text


def test_a_time_bound_question_at_an_event_not_found_abstains(engine):
    """The summit 'right before Armenia started boycotting' is not placed: no answer for today."""
    answer = ask(engine, "what was the summit right before armenia started boycotting")
    assert not answer.answered


def test_the_dead_during_an_event_are_its_own(engine):
    """'How many were killed during the unrest in Kazakhstan': the unrest's toll, not the
    members at its time; 'who was secretary general during it' is still read at its date."""
    toll = ask(engine, "how many people were killed during the unrest in kazakhstan?")
    assert toll.answered
    assert "225" in toll.text
    holder = ask(engine, "who was secretary general during the unrest in kazakhstan?")
    assert "Zas" in holder.text


def test_a_clause_restating_the_staying_away_is_no_time(engine):
    """'Which summits did Armenia skip after it began its boycott': the absences asked, not a
    time to find; a clause about another state's boycott still is one."""
    answer = ask(engine, "which summits did armenia skip after it began its boycott?")
    assert answer.answered
    assert "Astana" in answer.text


def test_the_month_given_for_an_episode_dates_it_within_its_conflict(engine: Engine) -> None:
    """'When Azerbaijan struck Armenia in September 2022, what did the other members do': the
    September 2022 episode of the 2021-2022 border crisis, not its start in May 2021."""
    answer = engine.answer(
        "when azerbaijan attacked armenian territory in september 2022, what did the other "
        "members do?",
        Context(conversation="episode", platform="test"),
    )
    assert answer.answered
    assert "September 2022" in answer.text and "fact-finding" in answer.text
