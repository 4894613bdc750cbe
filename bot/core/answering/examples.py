"""Suggested questions, written from the knowledge itself (the code names no country or summit)."""

from __future__ import annotations

from bot.core.answering.kinds import BY_NAME
from bot.core.knowledge.catalog import Catalog


def question_about(catalog: Catalog, entity_id: str) -> str | None:
    """A natural question about one entity, as its kind's registry entry words it."""
    entity = catalog.entities.get(entity_id)
    kind = BY_NAME.get(catalog.kinds.get(entity_id, ""))
    if entity is None or kind is None:
        return None
    return kind.ask(entity, catalog.organization.abbreviation)


def suggestions_for(catalog: Catalog, entity_ids: list[str]) -> list[str]:
    """Up to three questions about the given entities."""
    questions = [question_about(catalog, entity_id) for entity_id in entity_ids]
    return [question for question in questions if question][:3]


def sample_questions(catalog: Catalog) -> list[str]:
    """A handful of example questions spanning the kinds of thing the bot knows."""
    org = catalog.organization.abbreviation
    samples = [f"Who are the members of the {org}?", f"Who is the Secretary General of the {org}?"]
    former = [c for c in catalog.countries() if c.status.value in {"former", "suspended"}]
    if former:
        samples.append(f"When did {former[0].name} leave the {org}?")
    summits = [s for s in catalog.summits() if s.decisions]
    if summits:
        samples.append(f"What was decided at the {summits[-1].name}?")
    conflicts = catalog.conflicts()
    if conflicts:
        samples.append(f"What was the {org}'s role in the {conflicts[0].name}?")
    samples.append(f"When was the {org} founded?")
    frozen = [c for c in catalog.countries() if c.status.value == "member-frozen"]
    if frozen:
        samples.append(f"What is {frozen[0].name}'s status in the {org}?")
    samples.append("Who were the members in 2010?")
    return samples
