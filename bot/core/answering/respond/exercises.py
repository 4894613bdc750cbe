"""Exercise answers: when and where, the scenario, how many troops, and the exercises of a year."""

from __future__ import annotations

from dataclasses import replace

from bot.core.answering import confidence as score
from bot.core.answering.compose import AnswerBuilder
from bot.core.answering.respond import Request, relevant_disputes, saying_asked
from bot.core.answering.respond.filters import ListFilter, read_filter
from bot.core.answering.retrieval import stems
from bot.core.answering.select import Period, Selection, When, in_order, pick
from bot.core.api import Answer
from bot.core.knowledge.catalog import FactItem
from bot.core.knowledge.models import Exercise
from bot.core.language.lexicon import LEXICON
from bot.core.understanding.intent import Intent

_STATUS = {"held": "held {when}", "planned": "planned for {when}"}
_STATUS["cancelled"] = _STATUS["planned"] + ", then cancelled"
# The part of the record an intent asks for, and what to say when the record lacks it.
_PART = {
    Intent.EXERCISE_SCENARIO: ("scenario", "does not record the scenario of"),
    Intent.EXERCISE_SIZE: ("size", "does not record how many troops took part in"),
}


def _period(exercise: Exercise) -> Period:
    last = exercise.end or exercise.start
    return exercise.start.first_day, last.last_day


def _when(exercise: Exercise) -> str:
    if exercise.end is None or exercise.end == exercise.start:
        return exercise.start.human()
    return f"{exercise.start.human()} to {exercise.end.human()}"


def _record(request: Request, exercise: Exercise) -> str:
    """'Rubezh-2016: held 4 October 2016 to 7 October 2016; place: ...; forces: ...'."""
    text = f"{exercise.name}: {_STATUS[exercise.status].format(when=_when(exercise))}"
    if exercise.place:
        text += f"; place: {exercise.place}"
    if exercise.held_by:
        text += f" (a drill of {exercise.held_by})"
    forces = [request.catalog.name(force) for force in exercise.forces]
    states = [request.catalog.name(state) for state in exercise.participants]
    if forces:
        text += f"; forces: {', '.join(forces)}"
    if states:
        text += f"; states taking part: {', '.join(states)}"
    if exercise.note:  # the record's caveat is part of what it says ("refused to host it")
        text += f". {exercise.note}"
    return text


def _exercise(request: Request, exercise_id: str) -> Exercise | None:
    entity = request.catalog.entities.get(exercise_id)
    return entity if isinstance(entity, Exercise) else None


def _cite_record(request: Request, builder: AnswerBuilder, exercise: Exercise) -> str:
    return builder.cite(exercise, f"{exercise.id}/record", _record(request, exercise))


def exercise_answer(request: Request, exercise_id: str) -> Answer:
    """Answer about one exercise according to the intent."""
    exercise = _exercise(request, exercise_id)
    builder = request.builder()
    if exercise is None:
        return builder.build(confidence=score.NOTHING, answered=False)
    intent = request.understanding.intent
    builder.sentences.append(_cite_record(request, builder, exercise))
    used = _parts(request, builder, exercise, intent)
    used.extend(_status_told(request, builder, exercise, used))
    # A fact saying the question's own words ("which bombers flew") answers it, wherever it is.
    for item in saying_asked(request, exercise.id, set()):
        if item not in used:
            builder.add(item)
    for dispute in relevant_disputes(request, exercise.id, ("exercise",)):
        builder.add_dispute(dispute)
    builder.suggestions.extend(
        text
        for key, text in (
            (Intent.EXERCISE_SCENARIO, f"What was the scenario of {exercise.name}?"),
            (Intent.EXERCISE_SIZE, f"How many troops took part in {exercise.name}?"),
        )
        if key != intent
    )
    return builder.build(confidence=score.SECTION)


def _status_told(
    request: Request, builder: AnswerBuilder, exercise: Exercise, used: list[FactItem]
) -> list[FactItem]:
    """Asked about the status the record gives ("who cancelled it", "when was it cancelled"),
    the facts that tell of it: the record says only that it was, with the dates planned."""
    status = stems(exercise.status)
    if exercise.status == "held" or status.isdisjoint(stems(" ".join(request.reading.words))):
        return []
    told = [
        item
        for item in request.catalog.related(exercise.id)
        if item not in used and not status.isdisjoint(stems(item.fact.text))
    ]
    # The fact that dates the act first: "when was it cancelled" asks that date.
    told = sorted(told, key=lambda item: item.fact.date is None)[:2]
    for item in told:
        builder.add(item)
    return told


def _parts(
    request: Request, builder: AnswerBuilder, exercise: Exercise, intent: str
) -> list[FactItem]:
    """The parts of the record the intent asks for (scenario, size, or an overview's facts)."""
    used: list[FactItem] = []
    if intent in _PART:
        section, missing = _PART[Intent(intent)]
        used = request.catalog.section(exercise.id, section)
        for item in used:
            builder.add(item)
        if not used:
            builder.sentences.append(f"The fact base {missing} {exercise.name}.")
    elif intent == Intent.EXERCISE_OVERVIEW:
        for name in ("scenario", "size"):
            for item in request.catalog.section(exercise.id, name):
                builder.add(item)
                used.append(item)
        for item in request.catalog.section(exercise.id, "facts")[:3]:
            builder.add_item(item)
            used.append(item)
    return used


_CANCELLED = LEXICON.words("cancelled")


def exercise_list(request: Request) -> Answer:
    """The exercises of the dates, span, hosts or participants asked about, in date order."""
    builder = request.builder(Intent.EXERCISE_LIST)
    exercises = in_order(request.catalog.knowledge.exercises, _period)
    named = set(request.understanding.subjects)
    wanted = read_filter(request.catalog, request.reading, request.cities)
    chosen = [e for e in exercises if e.id in named] or exercises
    if wanted.span is not None:
        chosen = [e for e in chosen if wanted.span.admits(e.start)]
    else:
        for date in request.understanding.dates:
            chosen = pick(chosen, _period, Selection(When.AT, date), request.today)
    cancelled = request.reading.has_any(_CANCELLED)
    if cancelled:
        # "Which drills were cancelled": those called off, not every drill.
        chosen = [e for e in chosen if e.status == "cancelled"]
    countries = {p for p in wanted.parties if request.catalog.kinds.get(p) == "country"}
    if countries:
        # "Which exercises did Belarus take part in": its troops, or its ground, where recorded.
        took_part = wanted.relation == "attended"
        chosen = [
            e
            for e in chosen
            if countries & set(e.hosts) or (took_part and countries & set(e.participants))
        ]
    if not chosen:
        builder.sentences.append(
            f"The fact base records no {request.org} exercise{_scope(request, wanted)}."
        )
        builder.suggestions.append(f"List all {request.org} exercises")
        return builder.build(confidence=score.NOT_FOUND, answered=False)
    if len(chosen) == 1 and request.understanding.dates and wanted.span is None:
        # "The scenario of the October 2016 exercise in Kyrgyzstan": one exercise is meant.
        return exercise_answer(_about_one(request, chosen[0]), chosen[0].id)
    noun = "exercise" if len(chosen) == 1 else "exercises"
    noun = f"cancelled {noun}" if cancelled else noun
    builder.sentences.append(
        f"The fact base records {len(chosen)} {noun}{_scope(request, wanted)}:"
    )
    for exercise in chosen:
        builder.items.append(_cite_record(request, builder, exercise))
    builder.entities.extend(exercise.id for exercise in chosen)
    return builder.build(confidence=score.DESCRIBED)


def _scope(request: Request, wanted: ListFilter) -> str:
    """' with Belarus since 2020', ' in 2016': what the list was narrowed to, for the lead."""
    parts = []
    countries = [p for p in wanted.parties if request.catalog.kinds.get(p) == "country"]
    if countries:
        verb = "with" if wanted.relation == "attended" else "hosted by"
        parts.append(f"{verb} {' or '.join(request.catalog.name(c) for c in countries)}")
    if wanted.span is not None:
        parts.append(wanted.span.label)
    elif request.understanding.dates:
        parts.append("in " + ", ".join(date.human() for date in request.understanding.dates))
    return (" " + " ".join(parts)) if parts else ""


def _about_one(request: Request, exercise: Exercise) -> Request:
    """The request re-read as about one exercise: its scenario, its size, or the whole of it."""
    reading = request.reading
    intent = (
        Intent.EXERCISE_SCENARIO
        if reading.has("scenario")
        else Intent.EXERCISE_SIZE
        if reading.has("size")
        else Intent.EXERCISE_OVERVIEW
    )
    understanding = replace(request.understanding, intent=intent, subjects=[exercise.id])
    return replace(request, understanding=understanding)
