"""Engine.describe: one subject of a given kind, by name, alias, id, year or city; never English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.core.answering.kinds import BY_NAME
from bot.core.api import Context
from bot.core.engine import Engine
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.loader import load_knowledge
from bot.core.understanding.intent import Intent

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(
        load_knowledge(ROOT / "knowledge"), today=lambda: dt.date(2026, 11, 27), strict=True
    )


@pytest.fixture(scope="module")
def catalog(engine: Engine) -> Catalog:
    return Catalog(engine.knowledge)


@pytest.mark.parametrize(
    ("kind", "query", "subject", "intent"),
    [
        ("summit", "Yerevan summit, November 2022", "yerevan-2022", Intent.SUMMIT_OVERVIEW),
        ("summit", "yerevan-2016", "yerevan-2016", Intent.SUMMIT_OVERVIEW),
        ("summit", "Bishkek 2019", "bishkek-2019", Intent.SUMMIT_OVERVIEW),  # an alias
        ("summit", "yerevan 2022", "yerevan-2022", Intent.SUMMIT_OVERVIEW),  # city and year
        ("summit", "erevan 2016", "yerevan-2016", Intent.SUMMIT_OVERVIEW),  # a typo
        ("conflict", "Kazakhstan", "kazakhstan-2022", Intent.CONFLICT_OVERVIEW),
        ("conflict", "nagorno karabach", "nagorno-karabakh", Intent.CONFLICT_OVERVIEW),
        ("country", "Uzbekistan", "uzbekistan", Intent.MEMBER_STATUS),
        ("country", "Kazakstan", "kazakhstan", Intent.MEMBER_STATUS),
        ("exercise", "Rubezh-2016", "rubezh-2016", Intent.EXERCISE_OVERVIEW),
        ("exercise", "Взаимодействие-2015", "interaction-2015", Intent.EXERCISE_OVERVIEW),
    ],
)
def test_one_match_is_that_subjects_overview(engine, catalog, kind, query, subject, intent):
    """A value naming one subject of the kind gets that subject's overview, sourced and dated."""
    answer = engine.describe(kind, query)
    assert answer.answered
    assert answer.intent == intent
    assert answer.entities[0] == subject
    assert answer.sources
    assert answer.question == catalog.name(subject)


def test_the_overview_is_the_one_a_question_gets(engine):
    """The lookup uses the same responder as a question about the subject."""
    looked_up = engine.describe("summit", "yerevan 2022")
    asked = engine.answer("Yerevan summit, November 2022")
    assert asked.intent == looked_up.intent == Intent.SUMMIT_OVERVIEW
    assert looked_up.text == asked.text
    assert looked_up.sources == asked.sources


@pytest.mark.parametrize(
    ("kind", "query", "subjects"),
    [
        ("summit", "yerevan", {"yerevan-2016", "yerevan-2022"}),
        ("summit", "Bishkek", {"bishkek-2017", "bishkek-2019", "bishkek-2025"}),
        (
            "summit",
            "2022",
            {"extraordinary-2022-01", "moscow-2022", "extraordinary-2022-10", "yerevan-2022"},
        ),
        (
            "exercise",
            "2016",
            {"crrf-exercise-2016-strugi-krasnye", "peace-mission-2016", "rubezh-2016"},
        ),
    ],
)
def test_several_matches_ask_which_one(engine, catalog, kind, query, subjects):
    """A city or year several subjects share gets a question back, with each one to pick."""
    answer = engine.describe(kind, query)
    assert not answer.answered
    assert answer.intent == Intent.CLARIFY
    assert set(answer.entities) == subjects
    names = [catalog.name(subject) for subject in subjects]
    for name in names:
        assert any(name in item for item in answer.items)
    assert 1 <= len(answer.suggestions) <= 3
    for suggestion in answer.suggestions:
        assert any(name in suggestion for name in names)


def test_a_year_and_a_word_narrow_the_choice(engine):
    """'2022 summit' leaves out the extraordinary sessions of 2022, which are not summits."""
    answer = engine.describe("summit", "2022 summit")
    assert set(answer.entities) == {"moscow-2022", "yerevan-2022"}


@pytest.mark.parametrize(
    ("kind", "query"),
    [
        ("summit", "Tashkent 2020"),  # a summit city, but no summit that year
        ("conflict", "Rubezh-2016"),  # an exercise, not a conflict
        ("summit", "Paris"),
        ("exercise", "Zapad-2021"),
        ("country", "Kyrgyz-Tajik border clashes"),
    ],
)
def test_no_match_is_an_honest_not_found(engine, kind, query):
    """A value naming no subject of the kind says so and guesses nothing."""
    answer = engine.describe(kind, query)
    assert not answer.answered
    assert answer.intent == Intent.ABSTAIN
    assert query in answer.text
    assert not answer.sources


def test_a_near_miss_suggests_what_was_meant(engine):
    """A value close to a subject's name offers it as 'did you mean'."""
    answer = engine.describe("exercise", "Rubezh 2017")
    assert not answer.answered
    assert "rubezh-2016" in answer.entities
    assert any("Rubezh-2016" in suggestion for suggestion in answer.suggestions)


@pytest.mark.parametrize(("kind", "query"), [("summit", "Paris"), ("country", "Turkey")])
def test_an_unrelated_value_suggests_nothing(engine, kind, query):
    """Did-you-mean offers only names that resemble the value, not chance overlaps."""
    answer = engine.describe(kind, query)
    assert not answer.suggestions
    assert not answer.entities


def test_kinds_stay_apart(engine):
    """The same word resolves within the kind asked about: a country, or the conflict."""
    assert engine.describe("country", "Kazakhstan").entities[0] == "kazakhstan"
    assert engine.describe("conflict", "Kazakhstan").entities[0] == "kazakhstan-2022"


def test_every_subject_resolves_by_its_name_and_id(engine, catalog):
    """Each autocomplete value (the canonical name) and each id finds exactly its subject."""
    for kind in ("country", "summit", "conflict", "exercise"):
        for choice in engine.complete("", kind, 25):
            answer = engine.describe(kind, choice.value)
            assert answer.answered, (kind, choice.value, answer.text)
        for subject, owner in catalog.kinds.items():
            if owner == kind:
                assert engine.describe(kind, subject).entities[0] == subject


def test_a_looked_up_subject_is_the_topic_of_follow_ups(engine):
    """After /csto summit, 'who was absent?' in the same conversation is about that summit."""
    context = Context(conversation="test:lookup-follow-up")
    engine.describe("summit", "yerevan 2016", context)
    follow_up = engine.answer("who was absent?", context)
    assert follow_up.answered
    assert "yerevan-2016" in follow_up.entities


def test_empty_and_odd_values_never_raise(engine):
    """Blank, huge or strange values are 'not found', not errors."""
    for query in ("", "   ", "x" * 5000, "🙂", "2022 2022 2022", "-"):
        answer = engine.describe("summit", query)
        assert not answer.answered


def test_every_kind_of_the_registry_can_be_looked_up(engine):
    """The registry says, per kind, which intent describes one subject."""
    for name, kind in BY_NAME.items():
        assert kind.describes.family == kind.family, name
