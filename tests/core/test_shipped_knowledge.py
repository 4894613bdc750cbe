"""The shipped knowledge/ loads without a single problem and covers what the bot promises."""

from __future__ import annotations

from pathlib import Path

from bot.core.knowledge.loader import load_knowledge
from bot.core.knowledge.stats import knowledge_stats

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


def test_shipped_knowledge_loads_cleanly():
    """knowledge/ raises no KnowledgeError: every file, field, date and reference is sound."""
    knowledge = load_knowledge(KNOWLEDGE)
    assert knowledge.version.startswith("kb-")


def test_shipped_knowledge_has_sensible_counts():
    """The fact base holds the members' histories, the summits, conflicts and exercises."""
    knowledge = load_knowledge(KNOWLEDGE)
    with_history = [country for country in knowledge.countries if country.membership]
    assert len(with_history) >= 9  # six members and three former members
    assert len(knowledge.summits) >= 30
    assert len(knowledge.conflicts) >= 6
    assert len(knowledge.exercises) >= 7
    stats = knowledge_stats(knowledge)
    assert stats.sourced_facts == stats.facts > 0


def test_exercises_are_records_of_their_own():
    """Each exercise the reference names is one record with its period, place and sources."""
    knowledge = load_knowledge(KNOWLEDGE)
    exercises = {exercise.name: exercise for exercise in knowledge.exercises}
    for name in ("Interaction-2015", "Rubezh-2016", "Combat Brotherhood-2017"):
        assert exercises[name].sources and exercises[name].place
    assert "Рубеж-2016" in exercises["Rubezh-2016"].aliases
    assert exercises["Indestructible Brotherhood-2022"].status == "cancelled"
    assert not any("exercise" in conflict.id for conflict in knowledge.conflicts)
