"""Answerable questions whose fact says what is asked in other words, or leaves a word unsaid."""

from __future__ import annotations

from bot.core.answering.clauses import clause_only_words
from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_question_naming_nothing_that_opens_a_conversation_asks_of_the_organization(
    engine: Engine,
) -> None:
    """'Do they decide by majority vote?' first: 'they' is the organization, its rule answers."""
    answer = ask(engine, "do they decide things by majority vote?")
    assert answer.answered
    assert "consensus" in answer.text


def test_a_pronoun_with_nothing_to_match_still_asks_what_it_refers_to(engine: Engine) -> None:
    """'Why did it leave?' first: no fact matches two of its words, so it is asked back."""
    assert not ask(engine, "why did it leave?").answered


def test_words_of_a_clause_of_time_need_not_be_said(engine: Engine) -> None:
    """'After the four-day war': a fact dated then answers without naming the war."""
    answer = ask(engine, "what did medvedev say about selling weapons after the four-day war?")
    assert answer.answered
    assert "selling weapons" in answer.text


def test_the_clause_of_time_is_read_apart_from_the_question(engine: Engine) -> None:
    """The clause's own words are found; a yes/no verb ends a clause opening the question."""
    read = engine._loaded.linker.read
    clause = clause_only_words(read("what did medvedev say about weapons after the four-day war"))
    assert {"four", "war"} <= clause
    assert "weapons" not in clause
    opening = clause_only_words(read("during the 2020 war did pashinyan ask russia for help"))
    assert "ask" not in opening


def test_a_word_relating_two_things_is_no_content(engine: Engine) -> None:
    """'Clashes between Kyrgyzstan and Tajikistan': the fact need not say 'between'."""
    answer = ask(engine, "What triggered the April 2021 clashes between Kyrgyzstan and Tajikistan?")
    assert answer.answered
    assert "sparked" in answer.text


def test_a_post_filled_by_turns_is_chosen_by_rotation(engine: Engine) -> None:
    """'How is the chair chosen': the Charter's rotation rule answers."""
    answer = ask(engine, "How is the chair of the Collective Security Council chosen?")
    assert answer.answered
    assert "rotating" in answer.text


def test_lineage_and_simultaneity_are_worded_apart(engine: Engine) -> None:
    """'Its lineage' is what it descends from; 'at the same time' asks nothing of its own."""
    lineage = ask(engine, "what came before the CSTO, what's its lineage?")
    assert lineage.answered
    assert "Unified Armed Forces" in lineage.text
    other = ask(engine, "can a csto member be in another military alliance at the same time?")
    assert other.answered
    assert "may not join other military alliances" in other.text
