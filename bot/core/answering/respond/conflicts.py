"""Conflict and operation answers: overview, timeline, parties, the CSTO's role, a year."""

from __future__ import annotations

from bot.core.answering import confidence as score
from bot.core.answering.respond import Request, by_date, relevant_disputes
from bot.core.api import Answer
from bot.core.knowledge.models import Conflict


def _period(conflict: Conflict) -> str:
    if conflict.end is None:
        return f"since {conflict.start.human()}"
    if conflict.end == conflict.start:
        return f"in {conflict.start.human()}"
    return f"from {conflict.start.human()} to {conflict.end.human()}"


def conflict_answer(request: Request, conflict_id: str) -> Answer:
    """Answer about one conflict according to the intent."""
    conflict = request.catalog.entities.get(conflict_id)
    builder = request.builder()
    if not isinstance(conflict, Conflict):
        return builder.build(confidence=score.NOTHING, answered=False)
    intent = request.understanding.intent
    note = f" ({conflict.period_note})" if conflict.period_note else ""
    record = f"{conflict.name}: {_period(conflict)}{note}. Parties: {conflict.parties_text}"
    builder.sentences.append(builder.cite_record(conflict.sources, f"{conflict.id}/record", record))
    timeline = by_date(request.catalog.section(conflict.id, "timeline"))
    role = request.catalog.section(conflict.id, "role")
    if intent == "conflict.role":
        for item in role:
            builder.add_item(item)
        if not role:
            builder.sentences.append(
                f"The fact base records no {request.org} role or stance in this case."
            )
    elif intent == "conflict.timeline" and not request.understanding.dates:
        for item in timeline:
            builder.add_item(item)
    elif intent in {"conflict.year", "conflict.timeline"}:
        dates = request.understanding.dates
        candidates = timeline + role + request.catalog.section(conflict.id, "facts")
        hits = [item for item in candidates if item.in_months(dates)] or [
            item for item in candidates if item.in_years(dates)
        ]
        if hits:
            for item in hits:
                builder.add_item(item)
        else:
            years = ", ".join(date.human() for date in dates)
            builder.sentences.append(
                f"The fact base records no events of this conflict in {years}."
            )
    elif intent in {"conflict.overview", "conflict.when"}:
        for item in timeline[:3]:
            builder.add_item(item)
        for item in role[:2]:
            builder.add_item(item)
    for dispute in relevant_disputes(request, conflict.id, ()):
        builder.add_dispute(dispute)
    builder.suggestions.extend(
        text
        for key, text in (
            ("conflict.role", f"What was the {request.org}'s role in the {conflict.name}?"),
            ("conflict.timeline", f"What is the timeline of the {conflict.name}?"),
        )
        if key != intent
    )
    return builder.build(confidence=score.DESCRIBED)
