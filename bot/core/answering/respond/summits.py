"""Summit answers: when and where, decisions, attendance and absences, presidency, lists."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.answering import confidence as score
from bot.core.answering.compose import AnswerBuilder
from bot.core.answering.respond import Request, relevant_disputes
from bot.core.api import Answer
from bot.core.knowledge.models import Summit

_SECTION_FOR = {
    "summit.decisions": ("decisions", "The fact base records no decisions for"),
    "summit.attendance": ("attendance", "The fact base does not list who attended"),
    "summit.absences": ("absences", "The fact base records no absences at"),
}


def _summit(request: Request, summit_id: str) -> Summit | None:
    entity = request.catalog.entities.get(summit_id)
    return entity if isinstance(entity, Summit) else None


def _where(request: Request, summit: Summit) -> str:
    place = summit.city or "an unverified place"
    host = request.catalog.name(summit.host) if summit.host else None
    hosted = f", hosted by {host}" if host and host.casefold() not in place.casefold() else ""
    return f"The {summit.name} took place on {summit.date.human()} in {place}{hosted}"


def _section(request: Request, builder: AnswerBuilder, summit: Summit) -> None:
    """Decisions, attendance or absences: the section's facts and facts tagged alike."""
    intent = request.understanding.intent
    section, missing = _SECTION_FOR[intent]
    items = request.catalog.section(summit.id, section)
    topic = _TOPIC_OF[section]
    items += [
        item
        for item in request.catalog.facts_about.get(summit.id, [])
        if topic in item.fact.topics and item not in items
    ]
    if intent == "summit.attendance":
        items = items + request.catalog.section(summit.id, "absences")
    if not items:
        builder.sentences.append(f"{missing} the {summit.name}.")
    for item in items:
        builder.add_item(item) if len(items) > 2 else builder.add(item)


def _presidency(request: Request, builder: AnswerBuilder, summit: Summit) -> None:
    if summit.presidency:
        builder.sentences.append(builder.cite(summit.presidency, f"{summit.id}/presidency"))
    chair = request.catalog.section(summit.id, "chair")
    for item in chair:
        builder.add(item)
    if not summit.presidency and not chair:
        builder.sentences.append(
            f"The fact base does not say who held the presidency at the {summit.name}."
        )


def _overview(request: Request, builder: AnswerBuilder, summit: Summit) -> None:
    if summit.presidency:
        builder.sentences.append(builder.cite(summit.presidency, f"{summit.id}/presidency"))
    for item in request.catalog.section(summit.id, "decisions")[:4]:
        builder.add_item(item)
    for item in request.catalog.section(summit.id, "absences")[:2]:
        builder.add_item(item)


_RECORD_FIRST = frozenset({"summit.overview", "summit.when_where"})
_TOPIC_OF = {"decisions": "decision", "absences": "absence", "attendance": "attendance"}
_PARTS: dict[str, Callable[[Request, AnswerBuilder, Summit], None]] = {
    **dict.fromkeys(_SECTION_FOR, _section),
    "summit.presidency": _presidency,
    "summit.overview": _overview,
}


def summit_answer(request: Request, summit_id: str) -> Answer:
    """Answer about one summit according to the intent."""
    summit = _summit(request, summit_id)
    builder = request.builder()
    if summit is None:
        return builder.build(confidence=score.NOTHING, answered=False)
    intent = request.understanding.intent
    record = builder.cite_record(summit.sources, f"{summit.id}/record", _where(request, summit))
    part = _PARTS.get(intent)
    if part is not None:
        part(request, builder, summit)
    # Lead with what was asked; the summit's date and place follow as context, unless the
    # answer is a list, which the date and place introduce.
    leads = bool(builder.sentences) and intent not in _RECORD_FIRST
    builder.sentences.insert(len(builder.sentences) if leads else 0, record)
    for dispute in relevant_disputes(request, summit.id, _topics_for(intent)):
        builder.add_dispute(dispute)
    builder.suggestions.extend(_suggestions(summit, intent))
    return builder.build(confidence=score.SECTION)


def _topics_for(intent: str) -> tuple[str, ...]:
    return {
        "summit.decisions": ("decision",),
        "summit.attendance": ("attendance", "absence"),
        "summit.absences": ("absence", "attendance"),
        "summit.presidency": ("presidency",),
        "summit.when_where": ("history",),
    }.get(intent, ())


def _suggestions(summit: Summit, intent: str) -> list[str]:
    label = summit.name
    options = {
        "summit.decisions": f"What was decided at the {label}?",
        "summit.absences": f"Who was absent from the {label}?",
        "summit.presidency": f"Who took over the presidency at the {label}?",
    }
    return [text for key, text in options.items() if key != intent][:2]


def summit_list(request: Request) -> Answer:
    """The summits matching a year or city (or all of them)."""
    builder = request.builder("summit.list")
    ids = request.understanding.subjects
    summits = [s for s in request.catalog.summits() if s.id in ids] if ids else []
    if not summits and not request.understanding.dates:
        summits = request.catalog.summits()
    if not summits:
        when = ", ".join(date.human() for date in request.understanding.dates)
        # Not "there was none": the sheet itself notes sessions it could not source.
        builder.sentences.append(f"The fact base records no {request.org} summit in {when}.")
        builder.suggestions.append(f"List all {request.org} summits")
        return builder.build(confidence=score.NOT_FOUND, answered=False)
    noun = "summit or session" if len(summits) == 1 else "summits and sessions"
    builder.sentences.append(f"The fact base records {len(summits)} {request.org} {noun}:")
    for summit in summits:
        place = summit.city or "place not verified"
        builder.items.append(
            builder.cite_record(
                summit.sources,
                f"{summit.id}/record",
                f"{summit.date.human()}: {summit.name} ({place})",
            )
        )
    builder.entities.extend(summit.id for summit in summits)
    return builder.build(confidence=score.DESCRIBED)


def next_summit(request: Request) -> Answer:
    """The fact base holds no future sessions: say so, with the latest one and who chairs now."""
    builder = request.builder("summit.next")
    past = [s for s in request.catalog.summits() if s.kind != "treaty"]
    builder.sentences.append("The fact base does not say where or when the next summit will be.")
    if past:
        latest = past[-1]
        builder.sentences.append(
            builder.cite_record(
                latest.sources,
                f"{latest.id}/record",
                f"The latest session it records is the {latest.name}, on {latest.date.human()}",
            )
        )
        if latest.presidency is not None:
            builder.sentences.append(builder.cite(latest.presidency, f"{latest.id}/presidency"))
        builder.entities.append(latest.id)
    builder.suggestions.append(f"Who holds the {request.org} presidency now?")
    return builder.build(confidence=score.NOT_FOUND, answered=False)


def clarify(request: Request) -> Answer:
    """Several subjects fit equally well: ask which one rather than guess."""
    builder = request.builder("clarify")
    names = [request.catalog.name(entity_id) for entity_id in request.understanding.candidates]
    builder.sentences.append("Which one do you mean: " + "; ".join(names[:6]) + "?")
    original = request.reading.original.strip().rstrip("?")
    for entity_id in request.understanding.candidates[:3]:
        builder.suggestions.append(f"{original} ({request.catalog.name(entity_id)})")
    return builder.build(confidence=score.ASKS_BACK, answered=False)
