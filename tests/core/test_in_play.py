"""Follow-ups that pick a listed state by its membership steps, and times taken from what is in
play ("then", "when the troops were sent").

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.core.api import Answer, Context
from bot.core.engine import Engine
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.loader import load_knowledge
from bot.core.language.linking import Linker
from bot.core.understanding.inplay import InPlay
from bot.core.understanding.intent import Intent
from bot.core.understanding.memory import Topic
from bot.core.understanding.understand import Understander

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_knowledge(KNOWLEDGE), today=lambda: dt.date(2026, 11, 27), strict=True)


def ask(engine: Engine, question: str, conversation: str | None = None) -> Answer:
    return engine.answer(question, Context(conversation=conversation))


def test_which_listed_state_returned(engine):
    talk = "former-returned"
    ask(engine, "list the former members", talk)
    answer = ask(engine, "which of those returned", talk)
    assert answer.answered and answer.entities[0] == "uzbekistan"
    assert "2006" in answer.text


def test_which_listed_state_was_not_an_original_signatory(engine):
    talk = "not-original"
    ask(engine, "who are the members", talk)
    answer = ask(engine, "which of them was not an original signatory", talk)
    assert answer.answered and answer.entities[0] == "belarus"


def test_several_matching_states_are_not_picked_as_one():
    """All three former members left at some point: 'which of those left' names no single one."""
    catalog = Catalog(load_knowledge(KNOWLEDGE))
    linker = Linker(catalog)
    in_play = InPlay(catalog, linker, Understander(catalog, linker))
    memory = Topic(("uzbekistan", "azerbaijan", "georgia"), Intent.MEMBER_FORMER)
    assert in_play.understand(linker.read("which of those left"), [], memory) is None
    picked = in_play.understand(linker.read("which of those came back"), [], memory)
    assert picked is not None and picked.subjects == ["uzbekistan"]


def test_then_is_the_time_of_the_conflict_in_play(engine):
    talk = "then-conflict"
    ask(engine, "tell me about the csto deployment to kazakhstan", talk)
    answer = ask(engine, "who was secretary general then", talk)
    assert answer.answered and answer.intent == "org.secretaries"
    assert "Zas" in answer.text and "Masadykov" not in answer.text


def test_an_event_of_the_conflict_in_play_dates_a_yes_no_question(engine):
    """'When the troops were sent' is the deployment just talked about, even a turn later."""
    talk = "troops-sent"
    ask(engine, "tell me about the csto deployment to kazakhstan", talk)
    ask(engine, "who are the members", talk)
    answer = ask(engine, "was armenia chairing the csto when the troops were sent?", talk)
    assert answer.answered and answer.intent == "org.presidency"
    assert "2022" in answer.text and "Armenia" in answer.text


def test_two_fitting_summits_are_each_answered_briefly(engine):
    """Two Yerevan summits and a short answer for each: both, labelled, instead of asking."""
    answer = ask(engine, "who stayed away from the yerevan summit")
    assert answer.answered and answer.intent == "summit.absences"
    assert "October 2016: " in answer.text and "November 2022: " in answer.text
    assert "Nazarbayev" in answer.text


def test_long_answers_for_fitting_summits_ask_back(engine):
    """The 2016 Yerevan summit's decisions run to many facts: ask which summit is meant."""
    answer = ask(engine, "what was decided at the summit in yerevan")
    assert not answer.answered and answer.intent == "clarify"


def test_the_list_stays_in_play_while_its_items_are_picked(engine):
    """After 'the first one' of a list, 'the most recent one' is still the list's last item."""
    talk = "list-kept"
    ask(engine, "which summits were held in moscow", talk)
    first = ask(engine, "when was the first one", talk)
    last = ask(engine, "and where was the most recent one", talk)
    assert first.answered and last.answered
    assert first.entities[0] != last.entities[0]
    assert first.entities[0].startswith("moscow") and last.entities[0].startswith("moscow")


def test_a_word_of_the_subject_in_play_names_it(engine):
    """'that assembly' after the Parliamentary Assembly is that body, not a new thing asked."""
    talk = "that-assembly"
    ask(engine, "what is the csto parliamentary assembly", talk)
    answer = ask(engine, "who chairs that assembly", talk)
    assert answer.answered and answer.intent == "body.leadership"
    assert "Volodin" in answer.text


def test_a_bare_relation_after_facts_asks_the_same_facts():
    """'Since when?' after a searched answer stays with the facts, not the body's overview."""
    catalog = Catalog(load_knowledge(KNOWLEDGE))
    linker = Linker(catalog)
    understander = Understander(catalog, linker)
    memory = Topic(("parliamentary-assembly",), Intent.FACTS_SEARCH, words=("observers",))
    found = understander.understand(linker.read("since when"), [], memory)
    assert found.intent == Intent.FACTS_SEARCH and found.carried == ("observers",)


def test_the_summit_in_play_answers_a_country_asked_about_it(engine):
    """'Did Armenia attend?' right after a summit is about that summit, not Armenia's status."""
    talk = "summit-attend"
    ask(engine, "where was the csto summit in november 2024", talk)
    answer = ask(engine, "did armenia attend", talk)
    assert answer.answered and answer.intent.startswith("summit.")
    assert answer.entities[0] == "astana-2024" and "Armenia" in answer.text


def test_a_new_relation_of_the_summit_in_play_is_read_off_its_record(engine):
    """After a searched answer, 'what was signed there' asks the summit's decisions anew."""
    talk = "summit-signed"
    ask(engine, "where was the csto summit in november 2024", talk)
    ask(engine, "why did armenia stay away from it", talk)
    answer = ask(engine, "what was signed there", talk)
    assert answer.answered and answer.intent == "summit.decisions"
    assert "Astana" in answer.text and "2018" not in answer.text


def test_a_country_asked_about_the_conflict_in_play(engine):
    """'How many troops did Russia send' right after a conflict is about that conflict."""
    talk = "conflict-country"
    ask(engine, "tell me about the csto deployment to kazakhstan", talk)
    answer = ask(engine, "how many troops did russia send", talk)
    assert answer.intent != "member.status"
    assert "kazakhstan-2022" in answer.entities
