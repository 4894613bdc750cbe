"""'Did he later say it was Russia he asked?': "he" is the person in play, though a state is named.

A state named beside "he" is part of what is asked of the person, never the person meant: the
question is about the person in play, with the state among its words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from bot.core.answering import confidence as score
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.language.lexicon import PERSONAL_PRONOUNS
from bot.core.language.linking import Reading
from bot.core.understanding.intent import Intent
from bot.core.understanding.memory import Topic
from bot.core.understanding.understand import Understanding

# Kinds a question may name beside "he" as what is asked of him (knowledge schema kinds).
_ASKED_OF_HIM = frozenset(["country", "organization"])


def as_words(reading: Reading, catalog: Catalog) -> Reading:
    """The reading with the states it names kept as words only: what is asked of the person,
    not subjects whose own facts would be searched too."""
    kept = tuple(m for m in reading.mentions if catalog.kinds.get(m.entity_id) != "country")
    return replace(reading, mentions=kept)


def person_in_play(
    catalog: Catalog, reading: Reading, dates: list[PartialDate], memory: Topic | None
) -> Understanding | None:
    """The person in play, asked about with "he" by a question naming only states: his facts,
    searched for the question's words (the states' names among them)."""
    if memory is None or not memory.entities or not reading.has_any(PERSONAL_PRONOUNS):
        return None
    person = _person_meant(catalog, memory.entities)
    kinds = [catalog.kinds.get(i) for i in reading.ids()]
    if person is None or "country" not in kinds:
        return None  # no state named: the ordinary follow-up reads it
    if any(kind not in _ASKED_OF_HIM for kind in kinds):
        return None
    return Understanding(
        Intent.FACTS_SEARCH, [person], dates, certainty=score.FOLLOW_UP, from_memory=True
    )


def _person_meant(catalog: Catalog, entities: tuple[str, ...]) -> str | None:
    """The person "he" stands for: the subject in play when it is a person, else the one person
    the last answer named ("who's in charge of it now" leads with the body, then its chief)."""
    return _person_meant_by(catalog.kinds, entities)


def person_kept(
    subjects: tuple[str, ...], reading: Reading, previous: Topic | None, kinds: Mapping[str, str]
) -> tuple[str, ...]:
    """The subjects, with the person "he" stood for kept in play behind them when the answer
    named no person: after "what did he say the force numbered?", "who replaced him?" still
    asks of him, not of the force."""
    if previous is None or not reading.has_any(PERSONAL_PRONOUNS):
        return subjects
    if any(kinds.get(s) == "person" for s in subjects):
        return subjects
    person = _person_meant_by(kinds, previous.entities)
    return (*subjects, person) if person is not None else subjects


def _person_meant_by(kinds: Mapping[str, str], entities: tuple[str, ...]) -> str | None:
    people = [e for e in entities if kinds.get(e) == "person"]
    if entities and people[:1] == [entities[0]]:
        return entities[0]
    return people[0] if len(people) == 1 else None


def person_not_displaced(
    subjects: tuple[str, ...],
    reading: Reading,
    previous: Topic | None,
    kinds: Mapping[str, str],
    *,
    from_memory: bool,
    by_the_way: bool,
) -> tuple[str, ...]:
    """The subjects, with the person in play kept as the one "he" means next when a follow-up
    asking of no person is answered by a fact naming another by the way: after "who commanded
    the troops in Kazakhstan" (Serdyukov), "when were they all out?" answered by Tokayev's
    announcement leaves Serdyukov the "he" of "what post did he get in 2023". `by_the_way`: the
    answer's people are named by the way (facts found by search, no person asked for)."""
    if previous is None or not from_memory or not by_the_way:
        return subjects
    if any(kinds.get(i) == "person" for i in reading.ids()):
        return subjects  # a person named: the question is about him
    person = _person_meant_by(kinds, previous.entities)
    others = {s for s in subjects if kinds.get(s) == "person" and s != person}
    if person is None or not others:
        return subjects
    return (*(s for s in subjects if s not in others), person)
