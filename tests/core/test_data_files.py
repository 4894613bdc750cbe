"""The engine's own data files (lexicon.yaml, intents.yaml) are checked like the knowledge."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.errors import KnowledgeError
from bot.core.knowledge.loader import load_knowledge
from bot.core.language.lexicon import LEXICON, lexicon, read_lexicon
from bot.core.language.linking import Linker
from bot.core.understanding.intent import Intent
from bot.core.understanding.table import RouteName, intent_table, read_table
from bot.core.understanding.understand import Understander
from tests.core.test_other_organization import OTHER

BROKEN = Path(__file__).parent / "fixtures" / "broken_data"


def problems(error: pytest.ExceptionInfo[KnowledgeError]) -> set[tuple[str, int | None, str]]:
    return {(p.file, p.line, p.field) for p in error.value.problems}


def test_shipped_files_load_once():
    """The shipped lexicon and intent table load, and a second call returns the same object."""
    assert lexicon() is LEXICON and intent_table() is intent_table()
    assert "csto" not in LEXICON.words("domain")  # the organization's names come from knowledge


def test_lexicon_schema_errors_are_located():
    """A value of the wrong type, a month out of range and an unknown key name file and line."""
    with pytest.raises(KnowledgeError) as error:
        read_lexicon(BROKEN / "lexicon.yaml")
    assert problems(error) == {
        ("lexicon.yaml", 3, "cues > count"),
        ("lexicon.yaml", 14, "months > jan"),
        ("lexicon.yaml", 18, ""),
    }
    assert "unknown field 'colour'" in str(error.value)


def test_lexicon_references_are_checked():
    """A misspelt @reference, a cycle, a name used twice and capitals are each reported."""
    with pytest.raises(KnowledgeError) as error:
        read_lexicon(BROKEN / "lexicon_refs.yaml")
    assert problems(error) == {
        ("lexicon_refs.yaml", 5, "sets > session"),
        ("lexicon_refs.yaml", 6, "sets > loud"),
        ("lexicon_refs.yaml", 7, "sets > list"),
        ("lexicon_refs.yaml", 8, "sets > loop"),
    }
    assert "'@atendance' names no cue or set" in str(error.value)


def test_unknown_intent_and_route_are_reported():
    """A misspelt intent or route names its line and field; the intent gets a suggestion."""
    with pytest.raises(KnowledgeError) as error:
        read_table(BROKEN / "intents.yaml")
    assert problems(error) == {
        ("intents.yaml", 2, "routes[0] > route"),
        ("intents.yaml", 5, "intents[1] > intent"),
    }
    assert "did you mean 'summit.attendance'" in str(error.value)


def test_table_signals_priorities_and_defaults_are_checked():
    """Unknown signals, a shared priority and a kind with no default row are each located."""
    with pytest.raises(KnowledgeError) as error:
        read_table(BROKEN / "intents_signals.yaml")
    assert problems(error) == {
        ("intents_signals.yaml", 3, "routes[1] > when[0]"),
        ("intents_signals.yaml", 3, "routes[1] > priority"),
        ("intents_signals.yaml", 6, "intents[1] > when[0]"),
        ("intents_signals.yaml", 7, "intents[2] > when[0]"),
        ("intents_signals.yaml", 7, "intents[2] > priority"),
        ("intents_signals.yaml", 4, "intents"),
    }
    assert "did you mean 'absence'" in str(error.value)
    assert "did you mean 'names_country'" in str(error.value)


def test_every_kind_reaches_its_default_intent():
    """With no signal at all, each kind gets its default row's intent."""
    table = intent_table()
    assert table.pick("summit", frozenset(), dated=False) is Intent.SUMMIT_OVERVIEW
    assert table.pick("organization", frozenset(), dated=True) is Intent.ORG_YEAR
    assert table.pick("country", frozenset({"leave", "where"}), dated=False) is Intent.FACTS_SEARCH


def test_every_route_has_a_step():
    """Each route the table may name is served by a step of the Understander."""
    catalog = Catalog(load_knowledge(OTHER))
    understander = Understander(catalog, Linker(catalog))
    assert set(get_args(RouteName)) == set(understander._steps)
