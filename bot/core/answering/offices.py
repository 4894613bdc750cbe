"""A state's own office asked ("Kazakhstan's defence minister"): an answer that names the office
only as another state's ("according to Russian Defence Minister Shoigu") names the wrong holder,
though it speaks of the state asked elsewhere ("in Kazakhstan")."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from bot.core.answering.check import Relation
from bot.core.answering.check import asked as asked_relation
from bot.core.answering.respond import Request
from bot.core.answering.respond.search import stated
from bot.core.api import Answer
from bot.core.knowledge.catalog import Catalog
from bot.core.language.lexicon import LEXICON, STOPWORDS
from bot.core.language.normalize import tokens
from bot.core.understanding.intent import Intent

_OFFICES = LEXICON.words("state_office_nouns")
_REACH = 3  # "Tajikistan's [current] [defence] minister": words that may qualify the office
_WHO = frozenset({Relation.WHO, Relation.PERSON})
_MIN_DEMONYM = 4  # "Kazakh" for Kazakhstan; shorter words are too loose to read as a state


def offices_asked(request: Request) -> frozenset[str]:
    """The states whose own office holder the question asks about: a state's name, then an
    office noun within three words, no stopword between."""
    return states_before(request, lambda words, end: _office_after(words, end) is not None)


def states_before(
    request: Request, owned: Callable[[tuple[str, ...], int], bool]
) -> frozenset[str]:
    """The states named (by the knowledge) whose words are followed by what `owned` looks for,
    given the question's words and the index right after the state's name."""
    words = request.reading.corrected
    kinds = request.catalog.kinds
    return frozenset(
        mention.entity_id
        for mention in request.reading.mentions
        if not mention.external
        and kinds.get(mention.entity_id) == "country"
        and owned(words, mention.end)
    )


def names_only_others_office(request: Request, answer: Answer) -> bool:
    """The answer speaks of the office asked only as another state's (the state word just
    before it names another state): it answers who held another state's office."""
    # A question asking who holds it wants the holder named; a claim of what the holder did
    # ("Uzbekistan's president was at Astana") is checked as a claim, unless the facts found
    # by its words speak only of another state's holder ("Armenia's prime minister said in
    # parliament ..." is not answered by what Russia's prime minister said).
    relation = asked_relation(request.reading.corrected, []).relation
    searched = answer.intent == Intent.FACTS_SEARCH
    asked = offices_asked(request) if relation in _WHO or searched else frozenset()
    if not asked:
        return False
    words = tuple(tokens(stated(answer)))
    owners = [_owner(request.catalog, words, index) for index, word in enumerate(words)]
    held = [owner for index, owner in enumerate(owners) if words[index] in _OFFICES]
    # Every office word is qualified by a state, none of them one asked about.
    return bool(held) and all(owner is not None and owner not in asked for owner in held)


def _office_after(words: tuple[str, ...], end: int) -> int | None:
    """The index of an office noun within reach after `end`, none of the words between it and
    `end` a stopword."""
    for index in range(end, min(end + _REACH, len(words))):
        if words[index] in _OFFICES:
            return index
        if words[index] in STOPWORDS:
            return None
    return None


def _owner(catalog: Catalog, words: tuple[str, ...], office: int) -> str | None:
    """The state named by a word within reach before the office noun at `office`, if any."""
    if words[office] not in _OFFICES:
        return None
    for index in range(office - 1, max(office - _REACH, 0) - 1, -1):
        if words[index] in STOPWORDS:
            return None
        state = state_word(catalog, words[index])
        if state is not None:
            return state
    return None


def state_word(catalog: Catalog, word: str) -> str | None:
    """The state a word names: its name, or its demonym ("Russian", "Kazakh")."""
    if len(word) < _MIN_DEMONYM:
        return None
    for name, state in _state_names(catalog):
        if word == name or (name.startswith(word) and len(word) >= len(name) / 2):
            return state
        if word.startswith(name) and len(word) - len(name) <= _MIN_DEMONYM - 1:
            return state
    return None


@lru_cache(maxsize=4)
def _state_names(catalog: Catalog) -> tuple[tuple[str, str], ...]:
    """Each state's one-word names, lower-cased."""
    return tuple(
        (name, country.id)
        for country in catalog.countries()
        for surface in (country.name, *country.aliases)
        for name in [surface.lower()]
        if " " not in name and len(name) >= _MIN_DEMONYM
    )
