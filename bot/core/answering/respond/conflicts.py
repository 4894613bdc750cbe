"""Conflict and operation answers: overview, timeline, parties, the CSTO's role, a year."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.answering import confidence as score
from bot.core.answering.check import synonym_stems
from bot.core.answering.compose import AnswerBuilder
from bot.core.answering.respond import Request, by_date, relevant_disputes
from bot.core.answering.respond.search import search_answer
from bot.core.answering.retrieval import Retriever, stems
from bot.core.api import Answer
from bot.core.knowledge.catalog import FactItem
from bot.core.knowledge.models import Conflict
from bot.core.language.lexicon import CONFLICT_NOUNS, CUES, LEXICON, NOT_SPECIFIC
from bot.core.language.organization import OrganizationWords
from bot.core.language.temporal import is_date_word

_SPAN_WORDS = frozenset().union(
    *(LEXICON.words(name) for name in ("span_since", "span_after", "span_before", "span_until"))
)


# Words a conflict's own record answers: when it ran, its course, who fought, the
# organization's part, and the words for its start and end.
_RECORD_WORDS = (
    frozenset().union(
        *(
            CUES[name]
            for name in ("when", "timeline", "overview", "role", "parties", "what", "list")
        ),
        LEXICON.words("conflict_record"),
        LEXICON.words("happenings_asked"),
    )
    | CONFLICT_NOUNS
    | NOT_SPECIFIC
)


def beyond_record(request: Request) -> set[str]:
    """The words asking after an act within the one conflict asked of ("when did the
    peacekeepers leave Karabakh"), not the conflict itself: words of the question's own that no
    conflict record answers and that this conflict's record does not say."""
    conflicts = [
        entity
        for entity in (request.catalog.entities.get(i) for i in request.understanding.subjects)
        if isinstance(entity, Conflict)
    ]
    if len(conflicts) != 1:
        return set()
    conflict = conflicts[0]
    record = stems(" ".join((conflict.name, conflict.period_note or "", conflict.parties_text)))
    org_names = OrganizationWords.of(request.catalog.organization).names
    names = request.reading.named_words() | org_names | request.cities
    return {
        word
        for word in request.reading.content
        if word not in names
        and word not in _RECORD_WORDS
        and not is_date_word(word)
        and record.isdisjoint(synonym_stems(word))
    }


def act_within(request: Request, retriever: Retriever) -> Answer | None:
    """The facts that answer an act within the conflict asked of, when the best of them says
    the act (the record's overview is no answer to it); None otherwise."""
    within = beyond_record(request)
    found = search_answer(request, retriever) if within else None
    if found is None or not found.facts:
        return None
    said = stems(found.facts[0].text)
    return found if any(synonym_stems(word) & said for word in within) else None


def _period(conflict: Conflict) -> str:
    if conflict.end is None:
        return f"since {conflict.start.human()}"
    if conflict.end == conflict.start:
        return f"in {conflict.start.human()}"
    return f"from {conflict.start.human()} to {conflict.end.human()}"


def _role(request: Request, builder: AnswerBuilder, conflict: Conflict) -> None:
    role = request.catalog.section(conflict.id, "role")
    # A date after "since/after/before/until" is an edge, not when ("after the 2022 fighting").
    edged = not request.reading.content.isdisjoint(_SPAN_WORDS)
    dated = _role_in_dates(request, conflict) if request.understanding.dates and not edged else []
    # "How did the CSTO help Tajikistan's border in 2013": what it did then, not all years.
    for item in dated or role:
        builder.add_item(item)
    if not role:
        builder.sentences.append(
            f"The fact base records no {request.org} role or stance in this case."
        )


def _role_in_dates(request: Request, conflict: Conflict) -> list[FactItem]:
    """The organization's part in the conflict in the months (else the years) asked: its role
    facts, and facts elsewhere about the conflict (a summit's decision on it)."""
    dates = request.understanding.dates
    own = request.catalog.section(conflict.id, "role")
    seen = {item.id for item in own}
    elsewhere = [
        item
        for item in request.catalog.facts_about.get(conflict.id, [])
        if item.id not in seen and item.owner != conflict.id
    ]
    candidates = [*own, *by_date(elsewhere)]
    return [item for item in candidates if item.in_months(dates)] or [
        item for item in candidates if item.in_years(dates)
    ]


def _timeline(request: Request, builder: AnswerBuilder, conflict: Conflict) -> None:
    if request.understanding.dates:
        _in_dates(request, builder, conflict)
        return
    for item in by_date(request.catalog.section(conflict.id, "timeline")):
        builder.add_item(item)


def _in_dates(request: Request, builder: AnswerBuilder, conflict: Conflict) -> None:
    """What happened in the months (else the years) asked about."""
    dates = request.understanding.dates
    candidates = [
        *by_date(request.catalog.section(conflict.id, "timeline")),
        *request.catalog.section(conflict.id, "role"),
        *request.catalog.section(conflict.id, "facts"),
    ]
    hits = [item for item in candidates if item.in_months(dates)] or [
        item for item in candidates if item.in_years(dates)
    ]
    for item in hits:
        builder.add_item(item)
    if not hits:
        years = ", ".join(date.human() for date in dates)
        builder.sentences.append(f"The fact base records no events of this conflict in {years}.")


def _year(request: Request, builder: AnswerBuilder, conflict: Conflict) -> None:
    """What happened in the dates asked; with none (a follow-up keeping the intent of "what
    happened there in 2022"), the overview."""
    if request.understanding.dates:
        _in_dates(request, builder, conflict)
    else:
        _overview(request, builder, conflict)


def _overview(request: Request, builder: AnswerBuilder, conflict: Conflict) -> None:
    for item in by_date(request.catalog.section(conflict.id, "timeline"))[:3]:
        builder.add_item(item)
    for item in request.catalog.section(conflict.id, "role")[:2]:
        builder.add_item(item)


_PARTS: dict[str, Callable[[Request, AnswerBuilder, Conflict], None]] = {
    "conflict.role": _role,
    "conflict.timeline": _timeline,
    "conflict.year": _year,
    "conflict.overview": _overview,
    "conflict.when": _overview,
}


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
    part = _PARTS.get(intent)
    if part is not None:
        part(request, builder, conflict)
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
