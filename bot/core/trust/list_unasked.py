"""A list of sessions given because several fit a question that asks one thing of one session
("what was the 2012 Moscow session celebrating", "which body met in an extraordinary session on
13 September 2022"): the names and dates say nothing of what was asked."""

from __future__ import annotations

from bot.core.answering.check import synonym_stems
from bot.core.answering.respond import Request
from bot.core.answering.respond.search import specific_words
from bot.core.answering.retrieval import stems
from bot.core.api import Answer
from bot.core.knowledge.models import Summit
from bot.core.understanding.intent import Intent


def list_not_asked(request: Request, answer: Answer) -> bool:
    """True when a list of several sessions answers a question asking no list (no plural, count,
    list or when word) whose own words it says none of, or a day none of them was held on."""
    understanding = request.understanding
    if understanding.intent != Intent.SUMMIT_LIST or answer.intent != Intent.SUMMIT_LIST:
        return False
    if not answer.answered or len(understanding.subjects) < 2:
        return False
    reading = request.reading
    if any(reading.has(cue) for cue in ("summits_plural", "count", "lists_asked", "when")):
        return False
    if _none_on_the_day(request):
        return True
    asked = specific_words(request)
    said = stems(" ".join((answer.text, *answer.items)))
    return bool(asked) and all(said.isdisjoint(synonym_stems(word)) for word in asked)


def _none_on_the_day(request: Request) -> bool:
    """A month or day asked ("on 13 September 2022") that none of the listed sessions fell in:
    they were matched by their other words, and are no session of that time."""
    asked = [date for date in request.understanding.dates if date.month is not None]
    if not asked:
        return False
    listed = [request.catalog.entities.get(i) for i in request.understanding.subjects]
    held = [entity.date for entity in listed if isinstance(entity, Summit)]
    return bool(held) and not any(day.overlaps(date) for day in held for date in asked)


# A list of exercises, given to a question about the one exercise in play. Not of sessions:
# "where did the leaders meet in November 2022" is answered by the one session's listing.
_LISTS = frozenset({Intent.EXERCISE_LIST})


def one_listed_unasked(request: Request, answer: Answer) -> bool:
    """True when a list of the one thing in play ("The fact base records 1 exercise") answers a
    question about it ("did bombers take part in it") that the list's words say nothing of."""
    understanding = request.understanding
    if answer.intent not in _LISTS or len(understanding.subjects) != 1:
        return False
    reading = request.reading
    if any(reading.has(cue) for cue in ("count", "lists_asked", "when")):
        return False
    asked = specific_words(request)
    said = stems(" ".join((answer.text, *answer.items)))
    return bool(asked) and all(said.isdisjoint(synonym_stems(word)) for word in asked)
