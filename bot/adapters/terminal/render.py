"""Render an Answer for a terminal (plain text) or as one JSON object."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from bot.core.api import Answer, DisputeRef, human_date

WIDTH = 100


def _wrap(text: str, indent: str = "", hanging: str | None = None) -> str:
    following = indent if hanging is None else hanging
    return textwrap.fill(text, width=WIDTH, initial_indent=indent, subsequent_indent=following)


def render_text(answer: Answer) -> str:
    """The answer, its list and sections, then numbered sources and the dates it held."""
    parts = [_wrap(answer.text)] if answer.text else []
    for item in answer.items:
        parts.append(_wrap(item, "  - ", hanging="    "))  # continuation lines carry no bullet
    for section in answer.shown_sections():
        parts.append(f"{section.title}:")
        parts.extend(_wrap(line, "  ", hanging="    ") for line in section.lines)
    if answer.sources:
        parts.append("Sources:")
        for number, source in enumerate(answer.sources, start=1):
            details = ", ".join(
                part for part in (source.publisher, source.date) if part and part != source.label()
            )
            label = source.label() + (f" ({details})" if details else "")
            url = f" <{source.url}>" if source.url and source.url != source.label() else ""
            parts.append(f"  [{number}] {label}{url}")
    if answer.as_of:
        parts.append("As of: " + ", ".join(human_date(date) for date in answer.as_of))
    if answer.suggestions:
        label = "You could ask" if answer.answered else "Did you mean"
        parts.append(f"{label}:")
        parts.extend(f"  * {suggestion}" for suggestion in answer.suggestions)
    return "\n".join(parts)


def answer_json(answer: Answer) -> dict[str, Any]:
    """The documented JSON shape of `csto-bot ask --json`."""
    return {
        "question": answer.question,
        "answered": answer.answered,
        "text": answer.text,
        "items": list(answer.items),
        "sections": [{"title": s.title, "lines": list(s.lines)} for s in answer.sections],
        "disputes": [_dispute_json(d) for d in answer.disputes],
        "facts": [
            {
                "id": f.id,
                "text": f.text,
                "date": f.date,
                "as_of": f.as_of,
                "confidence": f.confidence,
                "sources": list(f.sources),
            }
            for f in answer.facts
        ],
        "confidence": answer.confidence,
        "intent": answer.intent,
        "entities": list(answer.entities),
        "sources": [
            {"id": s.id, "title": s.title, "publisher": s.publisher, "date": s.date, "url": s.url}
            for s in answer.sources
        ],
        "as_of": list(answer.as_of),
        "suggestions": list(answer.suggestions),
        "knowledge_version": answer.knowledge_version,
    }


def _dispute_json(dispute: DisputeRef) -> dict[str, Any]:
    """A disagreement as structure: the topic, each claim with its sources, the resolution."""
    return {
        "id": dispute.id,
        "topic": dispute.topic,
        "claims": [
            {
                "text": claim.text,
                "sources": list(claim.sources),
                "best_supported": claim.best_supported,
                "date": claim.date,
                "confidence": claim.confidence,
                "status": claim.status,
            }
            for claim in dispute.claims
        ],
        "resolution": dispute.resolution,
    }


def render_json(answer: Answer) -> str:
    """One line of JSON for the answer."""
    return json.dumps(answer_json(answer), ensure_ascii=False)
