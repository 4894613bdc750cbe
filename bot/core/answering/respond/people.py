"""Answers about people: who they are, the roles they held, what they said or did."""

from __future__ import annotations

from bot.core.answering import confidence as score
from bot.core.answering.respond import Request, by_date
from bot.core.api import Answer
from bot.core.knowledge.models import Person, Role


def _period(role: Role) -> str:
    if role.start and role.end:
        return f" ({role.start.human()} to {role.end.human()})"
    if role.start:
        return f" (from {role.start.human()})"
    if role.end:
        return f" (until {role.end.human()})"
    return ""


def person_answer(request: Request, person_id: str) -> Answer:
    """Who a person is, their roles, and their statements and actions."""
    person = request.catalog.entities.get(person_id)
    builder = request.builder()
    if not isinstance(person, Person):
        return builder.build(confidence=score.NOTHING, answered=False)
    intent = request.understanding.intent
    roles = [f"{role.title}{_period(role)}" for role in person.roles]
    origin = f" ({request.catalog.name(person.country)})" if person.country else ""
    for index, role in enumerate(person.roles[:3]):
        text = (
            f"{person.name}{origin}: {role.title}{_period(role)}"
            if index == 0
            else f"Also {role.title}{_period(role)}"
        )
        cited = builder.cite(role, f"{person.id}/roles/{index}", text)
        if intent == "person.roles" or index == 0:
            builder.sentences.append(cited)
    if not roles:
        builder.sentences.append(f"{person.name}.")
    facts = by_date(request.catalog.related(person.id))
    dates = request.understanding.dates
    if dates:
        facts = [item for item in facts if item.in_years(dates)] or facts
    if intent in {"person.statements", "person.overview"}:
        limit = 8 if intent == "person.statements" else 3
        for item in facts[:limit]:
            builder.add_item(item)
    builder.suggestions.append(f"What did {person.name} say about the {request.org}?")
    return builder.build(confidence=score.DESCRIBED)
