"""A fact base about another (made-up) alliance works with only data changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.api import Answer, Context
from bot.core.engine import Engine
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.loader import load_knowledge
from bot.core.language.linking import Linker

OTHER = Path(__file__).parent / "fixtures" / "other_org"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_knowledge(OTHER))


def ask(engine: Engine, question: str) -> Answer:
    return engine.answer(question, Context(conversation=None))


def test_the_organization_is_linked_by_every_short_name(engine):
    """Its abbreviation and its one-word aliases, Latin and Cyrillic, all name it."""
    linker = Linker(Catalog(engine.knowledge))
    assert linker.organization.names == {"nmdp", "smop", "смоп"}
    for name in ("NMDP", "smop", "СМОП", "the Northern Maritime Defence Pact"):
        assert linker.read(f"what is {name}").ids() == ["nmdp"]


@pytest.mark.parametrize(
    "question",
    ["is Estavia a member of the NMDP?", "is estavia in the smop?", "Estavia в СМОП?"],
)
def test_membership_of_one_country(engine, question):
    """'in the SMOP' asks for membership with the organization's own names, not the CSTO's."""
    answer = ask(engine, question)
    assert answer.answered and answer.intent == "member.is"
    assert answer.entities == ("estavia",)
    assert answer.facts and "Estavia is a member state" in answer.facts[0].text


def test_member_list_comes_from_the_fixture(engine):
    """The members are the fixture's current ones; the former member is left out."""
    answer = ask(engine, "who are the members of the nmdp")
    assert answer.intent == "member.list"
    assert set(answer.entities) == {"nmdp", "norland", "estavia"}
    assert "Vellmark" not in answer.text


def test_chief_officer_and_other_records(engine):
    """The secretary general, the founding and a departure are read from the fixture."""
    chief = ask(engine, "who is the secretary general of the nmdp")
    assert chief.intent == "org.secretaries" and "ada-lind" in chief.entities
    founded = ask(engine, "when was the СМОП founded")
    assert founded.intent == "org.founded" and "3 March 2001" in founded.text
    left = ask(engine, "when did vellmark leave the nmdp")
    assert left.intent == "member.left" and left.entities == ("vellmark",)
    assert "CSTO" not in left.text + founded.text + chief.text
