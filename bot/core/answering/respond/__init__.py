"""Responders: one module per subject kind, each turning an Understanding into an Answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from bot.core.answering.compose import AnswerBuilder
from bot.core.knowledge.catalog import Catalog, DisputeItem, FactItem
from bot.core.language.lexicon import CUES
from bot.core.language.linking import Reading
from bot.core.language.normalize import tokens
from bot.core.understanding.understand import Understanding


@dataclass(frozen=True, slots=True)
class Request:
    """Everything a responder needs: the knowledge, the reading and the understanding."""

    catalog: Catalog
    reading: Reading
    understanding: Understanding
    today: dt.date
    cities: frozenset[str] = frozenset()

    @property
    def org(self) -> str:
        """The organization's abbreviation as answers write it, from the knowledge."""
        return self.catalog.organization.abbreviation

    def builder(self, intent: str | None = None) -> AnswerBuilder:
        """A fresh AnswerBuilder for this question."""
        return AnswerBuilder(
            self.catalog,
            self.reading.original,
            intent or self.understanding.intent,
            entities=list(self.understanding.subjects),
        )


def relevant_disputes(
    request: Request, entity_id: str, topics: Iterable[str], cue: str | None = None
) -> list[DisputeItem]:
    """Disputes on an entity sharing a topic tag, a cue word or a content word with the question."""
    wanted = set(topics)
    cue_words = {word[:5] for word in CUES[cue]} if cue else set()
    asked = {word[:5] for word in request.reading.content if len(word) >= 4}
    names = {word[:5] for word in name_words(request.catalog, entity_id)}
    found = []
    for item in request.catalog.disputes_of.get(entity_id, []):
        topic_words = {word[:5] for word in tokens(item.dispute.topic) if len(word) >= 4} - names
        if wanted & set(item.dispute.topics) or asked & topic_words or cue_words & topic_words:
            found.append(item)
    return found


def name_words(catalog: Catalog, entity_id: str) -> set[str]:
    """The words of an entity's name and aliases."""
    entity = catalog.entities.get(entity_id)
    if entity is None:
        return set()
    return {word for surface in (entity.name, *entity.aliases) for word in tokens(surface)}


def with_topics(items: Iterable[FactItem], *topics: str) -> list[FactItem]:
    """The facts tagged with any of the topics, in their order."""
    wanted = set(topics)
    return [item for item in items if wanted & set(item.fact.topics)]


def by_date(items: Iterable[FactItem]) -> list[FactItem]:
    """Facts in date order; undated ones keep their place at the end."""
    listed = list(items)
    dated = [item for item in listed if item.fact.date]
    undated = [item for item in listed if not item.fact.date]
    return (
        sorted(dated, key=lambda item: item.fact.date.first_day if item.fact.date else dt.date.min)
        + undated
    )
