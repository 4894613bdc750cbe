"""Exercises are a kind of their own: records answer when, where, how many and what scenario."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.core.answering.kinds import BY_NAME, HANDLERS
from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge
from bot.core.understanding.intent import Intent
from bot.evaluation import answer_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(
        load_knowledge(ROOT / "knowledge"), today=lambda: dt.date(2026, 11, 27), strict=True
    )


def test_exercises_of_a_year_are_listed_from_the_records(engine):
    """ "What exercises did the CSTO hold in 2016" lists that year's records, in date order."""
    answer = engine.answer("what exercises did the CSTO hold in 2016")
    assert answer.intent == Intent.EXERCISE_LIST
    text = answer_text(answer)
    assert text.index("Strugi Krasnye") < text.index("Rubezh-2016")
    assert "Interaction-2015" not in text and answer.sources


def test_where_an_exercise_was_held(engine):
    """The place comes from the exercise's record, with its sources."""
    answer = engine.answer("where was Rubezh-2016 held")
    assert answer.intent == Intent.EXERCISE_WHERE
    assert "Edelweiss range near Balykchy" in answer.text and answer.sources


def test_how_many_troops_took_part(engine):
    """The size section answers how many troops took part."""
    answer = engine.answer("how many troops took part in Interaction-2015")
    assert answer.intent == Intent.EXERCISE_SIZE
    assert "2,000" in answer.text


def test_the_scenario_of_an_exercise(engine):
    """The scenario is answered from the record's scenario section."""
    answer = engine.answer("what was the scenario of Rubezh-2016")
    assert answer.intent == Intent.EXERCISE_SCENARIO
    assert "air strikes" in answer.text


def test_a_scenario_not_recorded_is_said_so(engine):
    """An exercise without a recorded scenario says so rather than guess."""
    answer = engine.answer("what was the scenario of Interaction-2015")
    assert "does not record the scenario" in answer.text


def test_russian_names_find_the_exercise(engine):
    """A Russian alias links to the exercise."""
    answer = engine.answer("что такое Рубеж-2016")
    assert "rubezh-2016" in answer.entities


def test_a_cancelled_exercise_says_so(engine):
    """A cancelled exercise is not reported as held."""
    answer = engine.answer("when was Indestructible Brotherhood-2022")
    assert "then cancelled" in answer.text and "held" not in answer.text.split(";")[0]


def test_autocomplete_offers_exercises(engine):
    """complete(kind="exercise") offers exercise names only."""
    names = [choice.label for choice in engine.complete("rube", "exercise")]
    assert "Rubezh-2016" in names
    assert all(engine.complete(name, "exercise") for name in names)


def test_every_intent_of_a_kind_has_a_responder():
    """The registry gives every intent of every kind a handler, exercises included."""
    assert BY_NAME["exercise"].intents <= set(HANDLERS)
    for kind in BY_NAME.values():
        assert kind.intents, kind.name
        assert kind.intents <= set(HANDLERS), kind.name
