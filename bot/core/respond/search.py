"""Answers from fact retrieval: the facts that best match the question's specific words."""

from __future__ import annotations

from bot.core.answer import Answer
from bot.core.catalog import DisputeItem, FactItem
from bot.core.lexicon import CONFLICT_WORDS, CUES, DOMAIN, NOT_SPECIFIC, SUMMIT_WORDS
from bot.core.respond import Request
from bot.core.retrieval import Hit, Retriever, question_words, stem
from bot.core.temporal import is_date_word

_CUE_WORDS = frozenset(word for cue in CUES.values() for word in cue)
_GENERIC = (
    (DOMAIN - {"treaty"})
    | SUMMIT_WORDS
    | NOT_SPECIFIC
    | frozenset(["conflict", "conflicts", "csto", "odkb", "одкб"])
)
MIN_COVERAGE = 0.6


def _named(request: Request) -> set[str]:
    """The question's words that named an entity ("karabakh" in "the second karabakh war")."""
    reading = request.reading
    return {word for m in reading.mentions for word in reading.corrected[m.start : m.end]}


def specific_words(request: Request) -> set[str]:
    """Words that ask for something beyond the intent: not names, cues or generic domain words."""
    names = _named(request) | request.cities
    return {
        word
        for word in request.reading.content
        if word not in names
        and word not in _CUE_WORDS
        and word not in _GENERIC
        and len(word) >= 3
        and not is_date_word(word)
    }


def search(request: Request, retriever: Retriever) -> list[Hit]:
    """Ranked facts for the question, within its subjects (or everywhere for the CSTO itself)."""
    subjects = request.understanding.subjects
    org = request.catalog.organization.id
    linked = set(request.reading.ids()) | set(subjects)
    scope = None if not subjects or subjects == [org] else linked
    carried = set(request.understanding.carried)
    content = set(request.reading.content) | carried
    words, topics = question_words(content, _named(request))
    reading = request.reading
    focus = {stem(word) for word in specific_words(request) | carried}
    return retriever.search(
        words,
        topics,
        focus,
        scope,
        dates=request.understanding.dates,
        wants_date=reading.has("when"),
        wants_number=reading.has("count")
        or bool(set(reading.corrected) & CONFLICT_WORDS & {"troops"}),
    )


def search_answer(
    request: Request, retriever: Retriever, strict: bool = True, min_matched: int = 0
) -> Answer | None:
    """The best-matching facts, or None when nothing covers the question well enough."""
    hits = search(request, retriever)
    if not hits:
        return None
    top = hits[0]
    focus = specific_words(request)
    if request.understanding.subjects in ([], [request.catalog.organization.id]):
        min_matched = max(min_matched, min(2, len(focus)))  # a search of everything needs more
    if top.score < 2.0 or (strict and top.coverage < MIN_COVERAGE) or top.matched < min_matched:
        return None
    chosen = [top] + [
        hit for hit in hits[1:4] if hit.score >= 0.85 * top.score and hit.coverage >= MIN_COVERAGE
    ]
    builder = request.builder("facts.search")
    disputes = [hit.dispute for hit in chosen if hit.dispute is not None]
    for hit in chosen[:3]:
        if hit.item is not None:
            builder.add(hit.item)
            builder.entities.append(hit.item.owner)
            disputes.extend(_disputes_on(request, hit.item))
    for dispute in dict.fromkeys(disputes):
        builder.add_dispute(dispute)
        builder.entities.append(dispute.owner)
    return builder.build(confidence=0.55 + 0.4 * min(1.0, top.coverage))


def _disputes_on(request: Request, item: FactItem) -> list[DisputeItem]:
    """Disputes about the same thing as a fact: same holder or subject, a shared topic tag."""
    topics = set(item.fact.topics) - {"overview", "history"}
    holders = [item.owner, *item.fact.about]
    return [
        dispute
        for holder in holders
        for dispute in request.catalog.disputes_of.get(holder, [])
        if topics & set(dispute.dispute.topics)
    ]
