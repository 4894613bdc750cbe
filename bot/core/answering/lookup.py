"""Structured lookups: one subject of a given kind, named by its name, alias, id, year or city.

A command such as `/csto summit which:yerevan` names the kind and a value. The value is matched
against that kind's subjects only, never read as an English question: one match gets the overview
its kind's responder gives a question about it; several get "which one?"; none an honest
"not found" with what it resembles.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.core.answering import confidence as score
from bot.core.answering.compose import AnswerBuilder
from bot.core.answering.examples import suggestions_for
from bot.core.answering.kinds import BY_NAME, Kind
from bot.core.answering.respond import Request
from bot.core.api import Answer
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Entity
from bot.core.language.lexicon import STOPWORDS
from bot.core.language.linking import Found, Linker, SubjectKeys, look_up
from bot.core.language.normalize import name_key, tokens
from bot.core.understanding.intent import Intent
from bot.core.understanding.understand import Understanding

MAX_VALUE_CHARS = 200  # a command option is at most 100; anything longer is not a name
MAX_LISTED = 10  # "which one?" lists this many subjects; more ask for a narrower value
# The model attributes that say where and when a subject was (not all kinds have all of them).
_PLACES = ("city", "place")
_DATES = ("date", "start", "end")


@dataclass(frozen=True, slots=True)
class Described:
    """A lookup's answer, and the request behind it when one subject was described."""

    answer: Answer
    request: Request | None = None


def subject_keys(entity: Entity) -> SubjectKeys:
    """The names and words that may stand for a subject: name, aliases, place and years."""
    abbreviation = getattr(entity, "abbreviation", None)
    names = [entity.name, *entity.aliases, *([abbreviation] if abbreviation else [])]
    places = [place for attr in _PLACES if isinstance(place := getattr(entity, attr, None), str)]
    years = {
        str(date.year)
        for attr in _DATES
        if isinstance(date := getattr(entity, attr, None), PartialDate)
    }
    words = {word for text in (*names, *places) for word in tokens(text)}
    return SubjectKeys(frozenset(name_key(name) for name in names), frozenset(words | years))


def describe(
    catalog: Catalog,
    linker: Linker,
    kind_name: str,
    query: str,
    *,
    today: dt.date,
    cities: frozenset[str] = frozenset(),
) -> Described:
    """The subject of `kind_name` that `query` names, described; or a choice; or not found."""
    value = " ".join(query[:MAX_VALUE_CHARS].split())
    kind = BY_NAME.get(kind_name)
    if kind is None:
        return Described(_not_found(catalog, kind_name, value, Found(())))
    subjects = {
        subject: subject_keys(catalog.entities[subject])
        for subject, owner in catalog.kinds.items()
        if owner == kind.name
    }
    found = look_up(value, subjects, STOPWORDS | linker.organization.names)
    if len(found.matches) == 1:
        return _overview(catalog, linker, kind, found.matches[0], today=today, cities=cities)
    if found.matches:
        return Described(_choose(catalog, kind, value, found.matches))
    return Described(_not_found(catalog, kind.name, value, found))


def _overview(
    catalog: Catalog,
    linker: Linker,
    kind: Kind,
    subject: str,
    *,
    today: dt.date,
    cities: frozenset[str],
) -> Described:
    """The answer a question naming just this subject gets, from its kind's responder."""
    reading = linker.read(catalog.name(subject))
    # No dates: the subject is described as a whole, not as it was at some time.
    understanding = Understanding(kind.describes, [subject])
    request = Request(catalog, reading, understanding, today, cities)
    return Described(kind.respond(request, subject), request)


def _choose(catalog: Catalog, kind: Kind, value: str, matches: tuple[str, ...]) -> Answer:
    """Several subjects fit the value: list them and offer questions about the first few."""
    builder = AnswerBuilder(catalog, value, Intent.CLARIFY, entities=list(matches))
    builder.sentences.append(
        f"Which {kind.name} do you mean? “{value}” fits {len(matches)} in the fact base:"
    )
    builder.items.extend(catalog.name(subject) for subject in matches[:MAX_LISTED])
    if len(matches) > MAX_LISTED:
        builder.sentences.append(
            f"(and {len(matches) - MAX_LISTED} more: add a year or a place to narrow it)"
        )
    builder.suggestions.extend(suggestions_for(catalog, list(matches)))
    return builder.build(confidence=score.ASKS_BACK, answered=False)


def _not_found(catalog: Catalog, kind_name: str, value: str, found: Found) -> Answer:
    """Nothing of the kind fits: say so, and offer what the value resembles."""
    builder = AnswerBuilder(catalog, value, Intent.ABSTAIN, entities=list(found.near))
    shown = value[:100] or "that"
    builder.sentences.append(f"No {kind_name} in the fact base matches “{shown}”.")
    if found.near:
        names = "; ".join(catalog.name(subject) for subject in found.near)
        builder.sentences.append(f"Did you mean: {names}?")
    else:
        builder.sentences.append("Start typing and pick one from the list.")
    builder.suggestions.extend(suggestions_for(catalog, list(found.near)))
    return builder.build(confidence=score.NOT_FOUND, answered=False)
