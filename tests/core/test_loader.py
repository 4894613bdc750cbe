"""load_knowledge() turns a sound directory into immutable, typed Knowledge."""

from __future__ import annotations

import re
import shutil

import pydantic
import pytest

from bot.core.knowledge.loader import load_knowledge
from bot.core.knowledge.models import Country, Knowledge
from bot.core.knowledge.stats import knowledge_stats
from tests.core.knowledge_dirs import MINIMAL


def test_minimal_fixture_loads():
    """The minimal fixture loads with every kind of entity and its references intact."""
    knowledge = load_knowledge(MINIMAL)
    assert isinstance(knowledge, Knowledge)
    assert knowledge.organization.id == "csto"
    assert [country.id for country in knowledge.countries] == ["armenia", "belarus", "azerbaijan"]
    assert [summit.id for summit in knowledge.summits] == ["yerevan-2016", "minsk-2023"]
    assert [body.id for body in knowledge.bodies] == ["secretariat"]
    assert [person.id for person in knowledge.people] == ["serzh-sargsyan", "stanislav-zas"]
    assert knowledge.conflicts[0].parties == ("armenia", "azerbaijan")
    assert str(knowledge.countries[2].membership[1].date) == "1999-04"
    assert len(knowledge.summits[0].disputes[0].claims) == 2


def test_version_is_a_short_content_hash(minimal_copy):
    """The version is 'kb-' and 10 hex digits, stable for the same files, new when one changes."""
    first = load_knowledge(minimal_copy).version
    assert re.fullmatch(r"kb-[0-9a-f]{10}", first)
    assert load_knowledge(minimal_copy).version == first
    path = minimal_copy / "people.yaml"
    path.write_text(path.read_text() + "\n# a comment changes the bytes\n")
    assert load_knowledge(minimal_copy).version != first


def test_version_ignores_files_that_are_not_knowledge(minimal_copy):
    """README.md and hidden editor files neither load nor change the version."""
    before = load_knowledge(minimal_copy).version
    (minimal_copy / "README.md").write_text("# notes\n")
    (minimal_copy / ".people.yaml.swp").write_text("not: [yaml")
    (minimal_copy / ".#summits.yaml").write_text("{{{")
    assert load_knowledge(minimal_copy).version == before


def test_knowledge_is_immutable():
    """Loaded models are frozen and hold tuples, so no caller can change shared knowledge."""
    knowledge = load_knowledge(MINIMAL)
    with pytest.raises(pydantic.ValidationError):
        knowledge.countries[0].name = "Changed"  # type: ignore[misc]
    assert isinstance(knowledge.countries, tuple)
    assert isinstance(knowledge.countries[0].membership, tuple)


def test_same_key_in_several_files_concatenates(minimal_copy):
    """`countries` in members.yaml and partners.yaml form one list, in file name order."""
    (minimal_copy / "partners.yaml").write_text(
        "countries:\n"
        "  - id: serbia\n"
        "    name: Serbia\n"
        "    status:\n"
        "      value: observer\n"
        "      text: The Serbian parliament is an observer in the CSTO Parliamentary Assembly.\n"
        "      sources: [wikipedia-csto]\n"
        "      confidence: medium\n"
    )
    knowledge = load_knowledge(minimal_copy)
    assert [country.id for country in knowledge.countries] == [
        "armenia",
        "belarus",
        "azerbaijan",
        "serbia",
    ]
    assert isinstance(knowledge.countries[-1], Country)


def test_files_can_be_split_differently(tmp_path):
    """All knowledge in one file loads the same as spread over several."""
    combined = "\n".join(path.read_text() for path in sorted(MINIMAL.glob("*.yaml")))
    (tmp_path / "all.yaml").write_text(combined)
    single = load_knowledge(tmp_path)
    assert [c.id for c in single.countries] == [c.id for c in load_knowledge(MINIMAL).countries]


def test_byte_order_mark_is_accepted(minimal_copy):
    """A UTF-8 byte order mark, as some Windows editors write, does not break a file."""
    path = minimal_copy / "people.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert len(load_knowledge(minimal_copy).people) == 2


def test_stats_of_minimal_fixture():
    """The summary counts each kind, every fact and every dispute."""
    stats = knowledge_stats(load_knowledge(MINIMAL))
    assert stats.counts == {
        "organization": 1,
        "bodies": 1,
        "countries": 3,
        "summits": 2,
        "conflicts": 1,
        "people": 2,
        "exercises": 0,
        "sources": 16,
    }
    assert (stats.facts, stats.sourced_facts, stats.disputes) == (16, 16, 1)
    assert stats.summary() == (
        "1 organization, 1 body, 3 countries, 2 summits, 1 conflict, 2 people, 0 exercises,"
        " 16 sources; 16 facts, all sourced; 1 dispute"
    )


def test_directory_may_be_a_string(tmp_path):
    """load_knowledge takes a str as well as a Path."""
    shutil.copytree(MINIMAL, tmp_path / "kb")
    assert load_knowledge(str(tmp_path / "kb")).organization.abbreviation == "CSTO"
