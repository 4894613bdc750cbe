"""Whether an answer speaks of the states a question names: each, a pair, a unit, an office."""

from __future__ import annotations

from itertools import pairwise

from bot.core.answering.check import Asked, states_asked_of_part
from bot.core.answering.offices import offices_asked, states_before
from bot.core.answering.respond import Request
from bot.core.answering.respond.search import name_stems, recorded_lines, speaks_of, stated
from bot.core.answering.retrieval import stems
from bot.core.answering.states_picked import asks_which_states, names_a_state
from bot.core.api import Answer
from bot.core.knowledge.catalog import Catalog
from bot.core.language.lexicon import LEXICON

_UNIT_NOUNS = LEXICON.words("unit_nouns")


def leaves_out_state(
    request: Request, answer: Answer, question: Asked, places: frozenset[str]
) -> bool:
    """A state the question itself names goes unmentioned in the answer."""
    kinds = request.catalog.kinds
    named = {m.entity_id for m in request.reading.mentions if not m.external}
    states = [entity_id for entity_id in named if kinds.get(entity_id) == "country"]
    # A conflict, summit or drill the answer is about speaks of its parties and hosts.
    linked = set().union(*(request.catalog.states_named(e) for e in answer.entities))
    if any(
        state not in linked and not speaks_of(request.catalog, answer, state) for state in states
    ):
        return True
    # States paired in the question ("the war between Russia and Georgia") are what it is
    # about: the answer's subjects include them, so only what else it is about, and what it
    # says, can speak of them (Russian arms sales to Armenia speak of Russia alone).
    paired = _paired_states(request)
    others = [entity_id for entity_id in answer.entities if entity_id not in paired]
    linked = set().union(*(request.catalog.states_named(e) for e in others))
    said = stems(stated(answer))
    if any(
        state not in linked and name_stems(request.catalog, state).isdisjoint(said)
        for state in paired
    ):
        return True
    # "Who commanded the Belarusian unit": the whole contingent's record links every state that
    # took part; only the answer's words can name that state's own part, and the words naming
    # it must state what was asked (a breakdown of troops by state names no commander).
    if any(
        not _states_for(request, answer, question, places, state) for state in _units_of(request)
    ):
        return True
    return leaves_out_office_state(request, answer) or _leaves_out_conflict(request, answer)


def _leaves_out_conflict(request: Request, answer: Answer) -> bool:
    """A conflict the question names ("are the peacekeepers still in Karabakh") that no fact of
    the answer is of or about, nor names by a word only its names have: Russia's troops in
    Tajikistan say nothing of it, though the answer's subjects carry the question's."""
    catalog = request.catalog
    named = {m.entity_id for m in request.reading.mentions if not m.external}
    conflicts = [entity_id for entity_id in named if catalog.kinds.get(entity_id) == "conflict"]
    if not conflicts or not answer.facts:
        return False
    said = stems(stated(answer))
    for conflict in conflicts:
        related = {item.id for item in catalog.related(conflict)}
        if any(fact.id in related for fact in answer.facts):
            continue
        if _own_conflict_stems(catalog, conflict).isdisjoint(said):
            return True
    return False


def _own_conflict_stems(catalog: Catalog, conflict: str) -> frozenset[str]:
    """The stems of a conflict's names that no other conflict's names share ("karabakh", not
    "war" nor "clashes")."""
    others = [other.id for other in catalog.conflicts() if other.id != conflict]
    shared = frozenset[str]().union(*(name_stems(catalog, other) for other in others))
    return name_stems(catalog, conflict) - shared


def _states_for(
    request: Request, answer: Answer, question: Asked, places: frozenset[str], state: str
) -> bool:
    """One line of the answer (its text, a fact, a claim of a dispute) names the state and
    states the relation asked of it."""
    lines = [answer.text, *answer.items, *recorded_lines(answer)]
    names = name_stems(request.catalog, state)
    return any(
        not names.isdisjoint(stems(line)) and states_asked_of_part(question, line, places)
        for line in lines
    )


def _units_of(request: Request) -> frozenset[str]:
    """The states whose own unit, delegation or troops a question asks about ("the Belarusian
    unit"): a state named right before such a noun."""
    return states_before(request, lambda words, end: end < len(words) and words[end] in _UNIT_NOUNS)


def leaves_out_office_state(request: Request, answer: Answer) -> bool:
    """Asked a state's own office holder, the answer names neither the state nor one of its
    people (Russia's defence minister is no answer for Tajikistan's; a summit's record naming
    no Pakistani is no answer for "which Pakistani leader was in Baku")."""
    catalog = request.catalog
    said = stems(stated(answer))
    for state in offices_asked(request):
        # By its own name: "Islamic Republic of Pakistan" is not said by "Islamic State".
        if not stems(catalog.entities[state].name).isdisjoint(said):
            continue
        own_people = (p for p in catalog.people() if p.country == state)
        if not any(not name_stems(catalog, p.id).isdisjoint(said) for p in own_people):
            return True
    return False


def _paired_states(request: Request) -> frozenset[str]:
    """The states a question joins by "and" ("between Armenia and Azerbaijan"), if any."""
    kinds = request.catalog.kinds
    mentions = sorted(
        (
            m
            for m in request.reading.mentions
            if not m.external and kinds.get(m.entity_id) == "country"
        ),
        key=lambda m: m.start,
    )
    words = request.reading.corrected
    paired: set[str] = set()
    for one, two in pairwise(mentions):
        if tuple(words[one.end : two.start]) in _PAIRING:
            paired.update((one.entity_id, two.entity_id))
    return frozenset(paired)


_PAIRING = frozenset({("and",), ("&",)})


def names_no_state_picked(request: Request, answer: Answer) -> bool:
    """Asked which states ("which states put their names on the treaty"), the answer names
    none: a fact on the organization's own name, found by "names", says nothing of who."""
    if not asks_which_states(request.reading.corrected):
        return False
    return not names_a_state(request.catalog, stated(answer))
