"""Answers from fact retrieval: the facts that best match the question's specific words."""

from __future__ import annotations

from bot.core.answer import Answer
from bot.core.lexicon import CUES, DOMAIN
from bot.core.normalize import tokens
from bot.core.respond import Request
from bot.core.retrieval import Hit, Retriever, question_words, stem
from bot.core.lexicon import CONFLICT_WORDS, SUMMIT_WORDS

_CUE_WORDS = frozenset(word for cue in CUES.values() for word in cue)
_GENERIC = DOMAIN | SUMMIT_WORDS | frozenset("conflict conflicts csto odkb одкб".split())
MIN_COVERAGE = 0.6


def _names(request: Request, entity_ids: list[str]) -> set[str]:
    names: set[str] = set()
    for entity_id in entity_ids:
        entity = request.catalog.entities.get(entity_id)
        if entity is not None:
            for surface in (
                entity.name,
                *entity.aliases,
                getattr(entity, "abbreviation", None) or "",
            ):
                names |= set(tokens(surface))
    return names


def specific_words(request: Request) -> set[str]:
    """Words that ask for something beyond the intent: not names, cues or generic domain words."""
    names = _names(request, request.reading.ids())
    return {
        word
        for word in request.reading.content
        if word not in names and word not in _CUE_WORDS and word not in _GENERIC and len(word) >= 3
    }


def search(request: Request, retriever: Retriever) -> list[Hit]:
    """Ranked facts for the question, within its subjects (or everywhere for the CSTO itself)."""
    subjects = request.understanding.subjects
    org = request.catalog.organization.id
    linked = set(request.reading.ids()) | set(subjects)
    scope = None if not subjects or subjects == [org] else linked
    words, topics = question_words(set(request.reading.content), _names(request, subjects))
    reading = request.reading
    focus = {stem(word) for word in specific_words(request)}
    return retriever.search(
        words,
        topics,
        focus,
        scope,
        request.understanding.dates,
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
    if top.score < 2.0 or (strict and top.coverage < MIN_COVERAGE) or top.matched < min_matched:
        return None
    chosen = [top] + [
        hit for hit in hits[1:4] if hit.score >= 0.85 * top.score and hit.coverage >= MIN_COVERAGE
    ]
    builder = request.builder("facts.search")
    for hit in chosen[:3]:
        if hit.item is not None:
            builder.add(hit.item)
            builder.entities.append(hit.item.owner)
        elif hit.dispute is not None:
            builder.add_dispute(hit.dispute)
            builder.entities.append(hit.dispute.owner)
    return builder.build(confidence=0.55 + 0.4 * min(1.0, top.coverage))
