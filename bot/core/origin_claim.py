"""A claim of where a person is from ("Zas came from Kazakhstan, right?", "was he the Kazakh
secretary general?"): checked against the state the person's record gives."""

from __future__ import annotations

from dataclasses import replace

from bot.core.answering.offices import state_word
from bot.core.api import Answer
from bot.core.asking import MAX_QUESTION_CHARS, Asking
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.models import Person
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import name_words
from bot.core.language.normalize import tokens
from bot.core.loaded import LoadedKnowledge
from bot.core.understanding.claims import puts_up_claim

# "Zas came from Kazakhstan", "was Zas Kazakh", "Zas was the Kazakh secretary general": the
# words that may stand between the person's name and the state said to be theirs.
_LINKING = LEXICON.words("origin_links")
_REACH = 5  # "Zas was the Kazakh secretary general": the name within this many words before


def origin_claim(
    catalog: Catalog, words: tuple[str, ...], named: list[str]
) -> tuple[Person, str] | None:
    """The person and the state the question says they are from, if it says so: the person's
    name, then only linking words or words of their posts, then the state or its demonym."""
    people = [
        entity
        for entity in (catalog.entities.get(i) for i in dict.fromkeys(named))
        if isinstance(entity, Person) and entity.country is not None
    ]
    for index, word in enumerate(words):
        state = state_word(catalog, word)
        if state is None:
            continue
        for person in people:
            own = set(name_words(catalog, person.id))
            posts = {w for role in person.roles for w in tokens(role.title)}
            at = [i for i in range(max(index - _REACH, 0), index) if words[i] in own]
            between = words[at[-1] + 1 : index] if at else None
            if between is not None and all(w in _LINKING or w in posts for w in between):
                return person, state
    return None


def origin_checked(asking: Asking, loaded: LoadedKnowledge, question: str) -> Answer | None:
    """The person's record, led by "Yes" or "No" on the state the question claims they are
    from; None when no such claim is put."""
    clipped = question[:MAX_QUESTION_CHARS]
    words = tuple(tokens(clipped))
    if not (puts_up_claim(clipped) or words[:1] in (("is",), ("was",))):
        return None
    reading = loaded.linker.read(clipped)
    claimed = origin_claim(loaded.catalog, reading.corrected, reading.ids())
    if claimed is None:
        return None
    person, state = claimed
    record, _ = asking.aside(lambda scratch: asking.one(loaded, f"who is {person.name}?", scratch))
    if not record.answered:
        return None
    home = loaded.catalog.name(person.country or "")
    verdict = (
        f"Yes: {person.name} is from {home}."
        if state == person.country
        else f"No: {person.name} is from {home}, not {loaded.catalog.name(state)}."
    )
    return replace(record, question=clipped, text=f"{verdict} {record.text}")
