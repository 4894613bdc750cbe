"""Facts found by search whose leading fact speaks of another state than the one asked of ("did
Azerbaijan walk out of the CSTO over the 2020 war?" answered with Pashinyan's 2024 words on
Armenia leaving; "does Russia have a base in Tajikistan?" with the Gyumri base in Armenia)."""

from __future__ import annotations

from bot.core.answering.respond import Request
from bot.core.answering.respond.search import name_stems
from bot.core.answering.retrieval import stems
from bot.core.api import Answer, FactRef
from bot.core.knowledge.models import Country
from bot.core.language.normalize import tokens
from bot.core.understanding.intent import Intent
from bot.core.understanding.rule_asked import rule_acts

_OF_ONE = frozenset({"country", "person"})


def _members(request: Request) -> list[str]:
    """The states with a membership record: those a fact can be of instead of another."""
    catalog = request.catalog
    return [
        entity_id
        for entity_id, entity in catalog.entities.items()
        if isinstance(entity, Country) and entity.membership
    ]


def states_asked(request: Request) -> list[str]:
    """The member states the question itself names (not one carried from before); a state
    named as a place only ("the Afghan border") has no record a fact could mistake."""
    members = set(_members(request))
    return list(
        dict.fromkeys(
            mention.entity_id
            for mention in request.reading.mentions
            if not mention.external and mention.entity_id in members
        )
    )


def _speaks_of(request: Request, fact: FactRef, state: str) -> bool:
    """The fact names the state or one of its people ("Lukashenko skipped it" is Belarus), or is
    held by or about the state, or by or about an event whose record names it (the Kazakh
    unrest's timeline, "the first units arrived in Almaty", is of Kazakhstan)."""
    catalog = request.catalog
    said = stems(fact.text)
    if _named(name_stems(catalog, state), said):
        return True
    owner = fact.owner
    item = catalog.item(fact.id)
    linked = (owner, *(item.fact.about if item is not None else ()))
    if state in linked:
        return True
    # A state's or a person's fact is of that state alone; an event's, of all its parties. A
    # state's own fact about an event (Armenia leaving over the 2020 war) is still its own.
    if catalog.kinds.get(owner) != "country" and any(
        catalog.kinds.get(entity) not in _OF_ONE and state in catalog.states_named(entity)
        for entity in linked
    ):
        return True
    return any(
        not name_stems(catalog, person.id).isdisjoint(said)
        for person in catalog.people()
        if person.country == state
    )


def _of_another(request: Request, fact: FactRef, states: list[str]) -> bool:
    """The fact is held by a member state not asked of, or names one by its name ("the Russian
    abbreviation" names a language, not the state)."""
    owner = fact.owner
    said = set(tokens(fact.text))
    catalog = request.catalog
    return any(
        state not in states
        and (owner == state or said.issuperset(tokens(catalog.entities[state].name)))
        for state in _members(request)
    )


def _named(names: frozenset[str], said: frozenset[str]) -> bool:
    """A name said, or its people's word for it ("Kyrgyz" for Kyrgyzstan, "Armenian" for
    Armenia): one begins the other."""
    return not names.isdisjoint(said) or any(
        min(len(word), len(name)) >= _PREFIX and (word.startswith(name) or name.startswith(word))
        for name in names
        for word in said
    )


_PREFIX = 5
_PAIR = 2


def lead_of_another_state(request: Request, answer: Answer) -> str | None:
    """What to say instead when facts found by search speak of none of a state the question
    names ("a base in Tajikistan" answered by Russia's base in Armenia), or lead with a fact of
    another state that speaks of none asked ("did Azerbaijan walk out over the 2020 war"
    answered by Pashinyan's words on Armenia leaving): what they say is of another state,
    however many words they share. (A rule asked, "could Kazakhstan host a foreign base",
    names a state as an example.)"""
    if answer.intent != Intent.FACTS_SEARCH or not answer.facts or rule_acts(request.reading):
        return None
    states = states_asked(request)
    if not states:
        return None
    lead = answer.facts[0]
    # Three or more states named together ("why did Azerbaijan, Georgia and Uzbekistan all
    # drop out") are asked of as a group: what one did may tell of all.
    missing = [
        state
        for state in states
        if len(states) <= _PAIR
        and not any(_speaks_of(request, fact, state) for fact in answer.facts)
    ]
    if not missing and (
        any(_speaks_of(request, lead, state) for state in states)
        or not _of_another(request, lead, states)
    ):
        return None
    names = " or ".join(request.catalog.entities[state].name for state in missing or states)
    return (
        f"The facts I found on this speak of another state, not {names}, so I won't guess. "
        f"Did you mean to ask about {names} in other words?"
    )
