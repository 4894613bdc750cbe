"""The detail check: does a record chosen by intent say the detail the question asks?

An intent picks a record by the question's cue words: "when" gives a conflict's span, "who" a
summit's overview, "fought" a conflict's parties. A question may use those cues and still ask a
detail the record never states ("since when has the NKR been called Artsakh", "when did the
peacekeepers finish pulling out"): its own words beyond the cues, the names and the time. When
the record says none of one such word, it answers another question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import StringConstraints

from bot.core.answering.check import Relation, light_words, particles, synonym_stems
from bot.core.answering.respond import Request
from bot.core.answering.respond.search import name_stems, own_name_words, stated
from bot.core.answering.retrieval import Retriever, stem, stems
from bot.core.api import Answer
from bot.core.language.datafile import DataModel, read_data
from bot.core.language.lexicon import CUES, LEXICON, NOT_SPECIFIC, STOPWORDS
from bot.core.language.temporal import is_date_word, now_words, time_parts

Phrase = Annotated[str, StringConstraints(min_length=1)]


class _DetailsFile(DataModel):
    """The shape of details.yaml (see the comments in that file)."""

    intents: dict[Phrase, tuple[Phrase, ...]]
    relations: dict[Phrase, tuple[Relation, ...]]
    never_details: tuple[Phrase, ...]
    occasions: tuple[Phrase, ...]
    person_nouns: Phrase
    fillers: Phrase
    time_words: Phrase


@dataclass(frozen=True, slots=True)
class _Details:
    answered: dict[str, frozenset[str]]
    relations: dict[str, frozenset[Relation]]
    occasions: frozenset[str]
    person_nouns: frozenset[str]
    skipped: frozenset[str]


@cache
def _details() -> _Details:
    path = Path(__file__).parents[1] / "language" / "details.yaml"
    raw = read_data(path, _DetailsFile).model
    answered = {
        intent: frozenset().union(*(_cue_words(name) for name in cues))
        for intent, cues in raw.intents.items()
    }
    skipped = frozenset(raw.fillers.split()) | frozenset(raw.time_words.split())
    skipped |= frozenset().union(*(_cue_words(name) for name in raw.never_details))
    skipped |= STOPWORDS | NOT_SPECIFIC | LEXICON.words("interrogatives")
    relations = {intent: frozenset(asked) for intent, asked in raw.relations.items()}
    return _Details(
        answered,
        relations,
        frozenset(raw.occasions),
        frozenset(raw.person_nouns.split()),
        skipped | light_words() | particles(),
    )


def _cue_words(name: str) -> frozenset[str]:
    """The words of a lexicon cue (or word set), by name; an unknown name is a data error."""
    if name in CUES:
        return frozenset(CUES[name])
    return LEXICON.words(name)


def checked_intent(intent: str) -> bool:
    """The intent's record is checked for the question's detail."""
    return intent in _details().answered


def detail_words(request: Request, retriever: Retriever, intent: str) -> frozenset[str]:
    """The question's words that ask a detail beyond what the intent's record answers: not
    names, the cues of the intent, fillers, times, nor words that no fact uses."""
    data = _details()
    reading = request.reading
    words = reading.corrected
    names = reading.named_words() | own_name_words(request.catalog) | request.cities
    names |= time_parts(words) | now_words(words)
    answered = data.answered.get(intent, frozenset())
    return frozenset(
        word
        for word in reading.content
        if word not in names
        and word not in data.skipped
        and word not in answered
        and len(word) >= 3
        and not word.isdigit()
        and not is_date_word(word)
        and any(one in retriever.idf for one in synonym_stems(word))
    )


class Missing(StrEnum):
    """What a record leaves out of the question, if anything."""

    NOTHING = "nothing"
    RELATION = "relation"  # another relation asked ("where" of a conflict's parties)
    PERSON = "person"  # someone asked of an occasion's record ("the last president of ...")
    WORDS = "words"  # none of the question's detail words is said


def leaves_out_detail(
    request: Request, retriever: Retriever, answer: Answer, relation: Relation
) -> Missing:
    """What a record chosen by intent leaves out of the question: the relation asked, a person
    asked of an occasion, or every detail word (by stem or synonym). An answer of an intent not
    checked, or a question leaning on the conversation (its words speak of what was said
    before), leaves out nothing."""
    intent = request.understanding.intent
    if answer.intent != intent or not checked_intent(intent) or request.understanding.from_memory:
        return Missing.NOTHING
    data = _details()
    stated_relations = data.relations.get(intent)
    # A question of several sentences ("Had it turned requests down? From whom?") may ask its
    # relation of another part: the parts are checked elsewhere.
    if stated_relations is not None and relation not in stated_relations:
        return Missing.NOTHING if _several_sentences(request) else Missing.RELATION
    details = detail_words(request, retriever, intent)
    unsaid = unsaid_details(request, answer, details)
    if intent in data.occasions and relation in _PEOPLE and unsaid & data.person_nouns:
        return Missing.PERSON
    return Missing.WORDS if details and unsaid == details else Missing.NOTHING


_PEOPLE = frozenset({Relation.WHO, Relation.PERSON})
_SENTENCE_END = re.compile(r"[?.!]\s+\S")


def _several_sentences(request: Request) -> bool:
    """The question runs on past the end of a sentence."""
    return _SENTENCE_END.search(request.reading.original) is not None


def unsaid_details(request: Request, answer: Answer, details: frozenset[str]) -> frozenset[str]:
    """The detail words that the answer does not say, by stem or synonym."""
    said = set(stems(stated(answer)))
    for entity_id in answer.entities:
        said |= name_stems(request.catalog, entity_id)
    return frozenset(word for word in details if not (synonym_stems(word) | {stem(word)}) & said)


def says_a_detail(request: Request, retriever: Retriever, answer: Answer, intent: str) -> bool:
    """The answer says one of the detail words asked beyond `intent`'s record, or none is asked."""
    details = detail_words(request, retriever, intent)
    return not details or unsaid_details(request, answer, details) != details
