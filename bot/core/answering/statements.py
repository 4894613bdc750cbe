"""Checks that one statement of an answer states what was asked, not the answer as a whole:
the dead counted with the group asked about, an appointment dated to the day, a speaker's words."""

from __future__ import annotations

from bot.core.answering.check import Asked, Relation, attribute_stems, names_day
from bot.core.answering.respond import Request
from bot.core.answering.respond.search import REPORT_STEMS, people_named, said_by_state
from bot.core.answering.retrieval import stem, stems
from bot.core.api import Answer
from bot.core.knowledge.catalog import Catalog
from bot.core.language.lexicon import LEXICON, NOT_SPECIFIC, STOPWORDS
from bot.core.language.linking import Reading, name_words
from bot.core.language.normalize import tokens

_CASUALTIES = LEXICON.words("casualties")
_SAID = LEXICON.words("said")
_DO = LEXICON.words("do")
# "What do the rules say": a text's content is asked, not a speaker's words.
_TEXTS = LEXICON.words("texts")
_APPOINTMENT = LEXICON.words("appointment")
_APPOINTMENT_STEMS = frozenset(stem(word) for word in _APPOINTMENT)


def counted_in_one_statement(request: Request, answer: Answer, counted: str) -> bool:
    """The counted thing is stated, and asked how many were killed, in a statement that counts
    the dead too: the unrest's toll does not count the peacekeepers who died in it."""
    wanted = [attribute_stems(counted)]
    wanted += [attribute_stems(w) for w in request.reading.corrected if w in _CASUALTIES]
    return any(all(kin & said for kin in wanted) for said in _statements(answer))


def _statements(answer: Answer) -> list[frozenset[str]]:
    """The stems of each statement the answer makes: a fact, a dispute, an item, a line."""
    return [stems(text) for text in _statement_texts(answer)]


def _statement_texts(answer: Answer) -> list[str]:
    """Each statement the answer makes, apart: a fact, a dispute, an item, a section's line."""
    return [
        *answer.items,
        *(fact.text for fact in answer.facts),
        *(" ".join([d.title, *(c.text for c in d.claims)]) for d in answer.disputes),
        *(line for section in answer.sections for line in section.lines),
    ] or [answer.text]


def dates_another_step(request: Request, answer: Answer, question: Asked) -> bool:
    """Asked the day of an appointment ("on what date did the council appoint Zas"), no
    statement dates an appointment to the day: a term's first day is not the day of the vote."""
    if question.relation is not Relation.DAY or not request.reading.has_any(_APPOINTMENT):
        return False
    return not any(
        names_day(text) and _APPOINTMENT_STEMS & stems(text) for text in _statement_texts(answer)
    )


def leaves_out_speaker(request: Request, answer: Answer) -> bool:
    """Asked what a named person said, no statement has him saying anything: a list of those
    present ("what did Putin say at the Yerevan summit") does not tell his words."""
    if not request.reading.has_any(_SAID):
        return False
    catalog = request.catalog
    for person in people_named(request):
        name = {stem(word) for word in name_words(catalog, person)}
        if not any(name & said and REPORT_STEMS & said for said in _statements(answer)):
            return True
    # "What did the NATO secretary general say": a speaker named by words, not by a person
    # the bot knows, must be the one a statement reports.
    speaker = _speaker_words(request.reading, catalog)
    return bool(speaker) and not any(
        speaker <= said and REPORT_STEMS & said for said in _statements(answer)
    )


def leaves_out_source(request: Request, answer: Answer, state: str) -> bool:
    """Asked what holds according to a state ("according to Moscow"), no statement reports it
    from that state or one of its people: Azerbaijan's hope is not what Moscow said."""
    return not any(said_by_state(request.catalog, text, state) for text in _statement_texts(answer))


def _speaker_words(reading: Reading, catalog: Catalog) -> frozenset[str]:
    """The stems of who is asked to have said something, when no person names him: the words
    between "did" and "say" ("what did the nato secretary general say")."""
    words = reading.corrected
    said = next((i for i, word in enumerate(words) if word in _SAID), None)
    if said is None:
        return frozenset()
    before = words[:said]
    start = max((i for i, word in enumerate(before) if word in _DO), default=None)
    if start is None:
        return frozenset()
    span = before[start + 1 :]
    if any(word in _TEXTS for word in span):
        return frozenset()  # a text asked what it lays down: its own words answer, not a report
    people = [m for m in reading.mentions if catalog.kinds.get(m.entity_id) == "person"]
    if any(start < m.start < said for m in people):
        return frozenset()  # a person the bot knows: checked by his name
    # "When did Yerevan say ...": a state named by its capital is said by its own name.
    states = {
        index: m.entity_id
        for m in reading.mentions
        if catalog.kinds.get(m.entity_id) == "country"
        for index in range(m.start, m.end)
    }
    named = [
        word if start + 1 + offset not in states else catalog.name(states[start + 1 + offset])
        for offset, word in enumerate(span)
    ]
    # "The PM" is said "the Prime Minister" in the facts.
    spelt = [
        part for word in named for part in LEXICON.post_abbreviations.get(word, tuple(tokens(word)))
    ]
    return frozenset(stem(word) for word in spelt if word not in STOPWORDS | NOT_SPECIFIC)
