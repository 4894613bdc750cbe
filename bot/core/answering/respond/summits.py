"""Summit answers: when and where, decisions, attendance and absences, presidency, lists."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.core.answering import confidence as score
from bot.core.answering.compose import AnswerBuilder
from bot.core.answering.respond import Request, relevant_disputes, saying_asked, spoken_list
from bot.core.answering.respond.filters import ListFilter, read_filter
from bot.core.answering.respond.members import MEMBER_STATUSES, state_at
from bot.core.answering.respond.parallel import widened
from bot.core.answering.respond.tallies import asks_for_extreme, host_tally
from bot.core.api import Answer
from bot.core.knowledge.catalog import FactItem
from bot.core.knowledge.models import Country, Summit
from bot.core.language.lexicon import LEXICON
from bot.core.language.normalize import tokens
from bot.core.understanding.intent import Intent

_SECTION_FOR = {
    "summit.decisions": ("decisions", "The fact base records no decisions for"),
    "summit.attendance": ("attendance", "The fact base does not list who attended"),
    "summit.absences": ("absences", "The fact base records no absences at"),
}


_OUTCOME_WORDS = LEXICON.words("outcome_words")
_HOST_VERBS = LEXICON.words("host_verbs")


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
    # A fact of the summit that says what the question asks in its own words answers it first,
    # whichever section holds it ("why wouldn't Pashinyan sign the declaration").
    # "Who were the original signatories in Tashkent": every state whose fact says it, not the
    # two that say the most of the question's words (a list must name every one).
    leading, lead = widened(request, saying_asked(request, summit.id, _city(summit)))
    if intent in _PRESENCE:
        # "Was Nazarbayev at the Yerevan summit": the record of that person leads the list.
        leading = [*leading, *(item for item in items if _names_asked_person(request, item))]
        leading = list(dict.fromkeys(leading))
    if lead is not None:
        builder.sentences.append(lead)
    if not items and not leading:
        builder.sentences.append(f"{missing} the {summit.name}.")
        # What the record does hold follows the gap ("what came out of it" read as who came).
        for item in request.catalog.section(summit.id, "decisions")[:2]:
            builder.add(item)
    for item in leading:
        builder.add(item)
    rest = [item for item in items if item not in leading]
    for item in rest:
        builder.add_item(item) if len(rest) > 2 else builder.add(item)
    # "What came out of the Bishkek summit": the whole outcome, the presidency handed on too.
    outcome = intent == "summit.decisions" and request.reading.has_any(_OUTCOME_WORDS)
    if outcome and summit.presidency is not None:
        builder.sentences.append(builder.cite(summit.presidency, f"{summit.id}/presidency"))


def _names_asked_person(request: Request, item: FactItem) -> bool:
    """The fact is about a person the question names: its owner, one it is about, or one an
    absence record names."""
    people = {i for i in request.reading.ids() if request.catalog.kinds.get(i) == "person"}
    named = {item.owner, *item.fact.about, *getattr(item.fact, "who", ())}
    return not people.isdisjoint(named)


def _city(summit: Summit) -> set[str]:
    """The words of the summit's city, which name it as surely as its own name does."""
    return set(tokens(summit.city or ""))


def _presidency(request: Request, builder: AnswerBuilder, summit: Summit) -> None:
    if summit.presidency:
        builder.sentences.append(builder.cite(summit.presidency, f"{summit.id}/presidency"))
        # The state that took the presidency over is what the answer is about ("its leader"
        # next is that state's), ahead of the host the chair's record names.
        if summit.presidency.handed_to:
            builder.entities.append(summit.presidency.handed_to)
    chair = request.catalog.section(summit.id, "chair")
    for item in chair:
        builder.add(item)
    if not summit.presidency and not chair:
        builder.sentences.append(
            f"The fact base does not say who held the presidency at the {summit.name}."
        )


def _overview(request: Request, builder: AnswerBuilder, summit: Summit) -> None:
    # "At the Sochi meeting what did Rahmon say he needed": the fact saying it comes first.
    for item in saying_asked(request, summit.id, _city(summit)):
        builder.add(item)
    if summit.presidency:
        builder.sentences.append(builder.cite(summit.presidency, f"{summit.id}/presidency"))
    for item in request.catalog.section(summit.id, "decisions")[:4]:
        builder.add_item(item)
    for item in request.catalog.section(summit.id, "absences")[:2]:
        builder.add_item(item)


_RECORD_FIRST = frozenset({"summit.overview", "summit.when_where"})
_PRESENCE = frozenset({"summit.attendance", "summit.absences"})
_TOPIC_OF = {"decisions": "decision", "absences": "absence", "attendance": "attendance"}
_PARTS: dict[str, Callable[[Request, AnswerBuilder, Summit], None]] = {
    **dict.fromkeys(_SECTION_FOR, _section),
    "summit.presidency": _presidency,
    "summit.overview": _overview,
}


def _unsaid_by(request: Request, summit: Summit) -> list[str]:
    """People the question asks what they said at the session, of whom its record and the
    facts about it hold no word ("what did Tokayev say in his speech at Astana 2024")."""
    if not request.reading.has("said"):
        return []
    people = [i for i in request.reading.ids() if request.catalog.kinds.get(i) == "person"]
    facts = request.catalog.related(summit.id)
    return [
        person
        for person in people
        if not any(person in {item.owner, *item.fact.about} and _says(item) for item in facts)
    ]


def _says(item: FactItem) -> bool:
    """The fact reports words said: tagged a statement, or it uses a word for saying."""
    return "statement" in item.fact.topics or not _SAID.isdisjoint(tokens(item.fact.text))


_SAID = LEXICON.words("said")


def summit_answer(request: Request, summit_id: str) -> Answer:
    """Answer about one summit according to the intent."""
    summit = _summit(request, summit_id)
    builder = request.builder()
    if summit is None:
        return builder.build(confidence=score.NOTHING, answered=False)
    unsaid = _unsaid_by(request, summit)
    if unsaid:
        names = " or ".join(request.catalog.name(person) for person in unsaid)
        builder.sentences.append(
            f"The fact base records nothing {names} said at the {summit.name}, so I won't guess."
        )
        return builder.build(confidence=score.NOT_FOUND, answered=False)
    intent = request.understanding.intent
    record = builder.cite_record(summit.sources, f"{summit.id}/record", _where(request, summit))
    part = _PARTS.get(intent)
    if part is not None:
        part(request, builder, summit)
    # "Who chaired, and who was picked as secretary general": each part asked is answered.
    for other in _other_parts(request):
        _PARTS[other](_asking(request, other), builder, summit)
    builder.sentences[:] = dict.fromkeys(builder.sentences)
    builder.items[:] = dict.fromkeys(builder.items)
    # Lead with what was asked; the summit's date and place follow as context, unless the
    # answer is a list, which the date and place introduce.
    asked = intent == "summit.overview" and bool(saying_asked(request, summit.id, _city(summit)))
    # "Who hosted the Moscow jubilee summit": the record says the host; the chair need not be it.
    hosting = intent == "summit.presidency" and request.reading.has_any(_HOST_VERBS)
    leads = bool(builder.sentences) and (intent not in _RECORD_FIRST or asked) and not hosting
    builder.sentences.insert(len(builder.sentences) if leads else 0, record)
    for dispute in relevant_disputes(request, summit.id, _topics_for(intent)):
        builder.add_dispute(dispute)
    builder.suggestions.extend(_suggestions(summit, intent))
    return builder.build(confidence=score.SECTION)


# The cue that asks for each part of a session's record.
_CUE_OF_PART = {
    "summit.presidency": "presidency",
    "summit.decisions": "decision",
    "summit.attendance": "attendance",
    "summit.absences": "absence",
}


def _other_parts(request: Request) -> list[str]:
    """The parts of a session's record the question asks for beside the one it was read as,
    when it was read as one of them."""
    intent = request.understanding.intent
    if intent not in _CUE_OF_PART:
        return []
    return [
        part
        for part, cue in _CUE_OF_PART.items()
        if part != intent and request.reading.has(cue) and not _same_record(intent, part)
    ]


def _same_record(intent: str, part: str) -> bool:
    """Attendance already lists the absences."""
    return {intent, part} == {"summit.attendance", "summit.absences"}


def _asking(request: Request, intent: str) -> Request:
    """The request read as asking another part of the same session."""
    return replace(request, understanding=replace(request.understanding, intent=Intent(intent)))


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
    """The summits matching a year or city (or all of them), or narrowed as the question asks."""
    wanted = read_filter(request.catalog, request.reading, request.cities)
    if (
        wanted.relation == "hosted"
        and not wanted.parties
        and asks_for_extreme(request.reading.corrected)
    ):
        return host_tally(request)
    if wanted.relation in _RELATED or wanted.span is not None:
        return filtered_summits(request, wanted)
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
    # A short list is named in the lead ("when was the summit in Yerevan": both, with dates).
    names = spoken_list([f"{s.name.split(',')[0]} ({s.date.human()})" for s in summits])
    shown = f": {names}." if 1 < len(summits) <= _NAMED_IN_LEAD else ":"
    builder.sentences.append(f"The fact base records {len(summits)} {request.org} {noun}{shown}")
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


def latest_session(request: Request) -> Summit | None:
    """The last session the fact base records (a treaty signing is no session)."""
    held = [s for s in request.catalog.summits() if s.kind != "treaty"]
    return held[-1] if held else None


def next_summit(request: Request) -> Answer:
    """The fact base holds no future sessions: say so, with the latest one and who chairs now."""
    builder = request.builder("summit.next")
    latest = latest_session(request)
    builder.sentences.append("The fact base does not say where or when the next summit will be.")
    if latest is not None:
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


# The relations a summit list can be narrowed by, and how the lead says each of a party.
_RELATED = {
    "skipped": "{who} is recorded as absent from {count} {org} {noun}{scope}",
    # Attendance lists are not kept: a member with no absence recorded is the most one can say.
    "attended": "{who} was a member at {count} {org} {noun}{scope} with no absence of it recorded",
    "hosted": "{who} hosted {count} {org} {noun}{scope}",
    # A person's presence is recorded only where an attendance fact names them.
    "attended by name": "The fact base records {who} attending {count} {org} {noun}{scope}",
    # A state that was a member at some and a guest at others of the sessions listed.
    "attended mixed": (
        "{who} was at {count} {org} {noun}{scope}, as a member with no absence of it recorded"
        " or as a guest its records name"
    ),
}
_NAMED_IN_LEAD = 6  # a longer list is counted in the lead and named in its items


def _in_scope(request: Request, wanted: ListFilter, summit: Summit) -> bool:
    """The summit falls in the span, the dates and the places the question names."""
    if wanted.span is not None and not wanted.span.admits(summit.date):
        return False
    dates = request.understanding.dates
    if wanted.span is None and dates and not any(summit.date.year == d.year for d in dates):
        return False
    city = set(tokens(summit.city or ""))
    return not wanted.places or bool(wanted.places & city)


def _evidence(request: Request, wanted: ListFilter, summit: Summit) -> list[FactItem] | None:
    """The facts that put the summit in the list (may be none for a record), or None if out."""
    parties = set(wanted.parties)
    if wanted.relation == "skipped":
        absences = request.catalog.section(summit.id, "absences")
        found = [
            item for item in absences if not parties or parties & set(getattr(item.fact, "who", ()))
        ]
        return found or None
    if wanted.relation == "hosted" and parties:
        return [] if summit.host in parties else None
    if wanted.relation == "attended" and parties:
        return _attended(request, wanted, summit)
    return []


def _attended(request: Request, wanted: ListFilter, summit: Summit) -> list[FactItem] | None:
    """The evidence that the parties were at the summit: members with no absence recorded; a
    person, or a state then outside (suspended, gone) as a guest, where its records name it."""
    if _evidence(request, replace(wanted, relation="skipped"), summit):
        return None
    countries = _countries(request, wanted)
    if not countries or not all(_member_at(request, c, summit) for c in countries):
        return _seen_at(request, set(wanted.parties), summit)
    return [] if summit.kind != "treaty" else None


def _seen_at(request: Request, people: set[str], summit: Summit) -> list[FactItem] | None:
    """A person's presence at a session: the session's attendance facts that name them."""
    seen = [
        item
        for item in request.catalog.section(summit.id, "attendance")
        if people & set(item.fact.about)
    ]
    # "Uzbekistan's president attended the August 2021 session": the state's own record of it.
    seen += [
        item
        for item in request.catalog.facts_about.get(summit.id, [])
        if item.owner in people and "attendance" in item.fact.topics and item not in seen
    ]
    return seen or None


def _member_at(request: Request, country_id: str, summit: Summit) -> bool:
    country = request.catalog.entities.get(country_id)
    return isinstance(country, Country) and state_at(country, summit.date.first_day) == "member"


def filtered_summits(request: Request, wanted: ListFilter) -> Answer:
    """The summits a party skipped, attended or hosted, within a span or place: answer first."""
    builder = request.builder("summit.list")
    chosen: list[tuple[Summit, list[FactItem]]] = []
    for summit in request.catalog.summits():
        if not _in_scope(request, wanted, summit):
            continue
        evidence = _evidence(request, wanted, summit)
        if evidence is not None:
            chosen.append((summit, evidence))
    builder.sentences.append(_lead(request, wanted, [summit for summit, _ in chosen]))
    for summit, evidence in chosen:
        place = summit.city or "place not verified"
        label = f"{summit.date.human()}: {summit.name} ({place})"
        if evidence:
            for item in evidence:
                builder.add_item(item, f"{label}: {item.fact.text}")
        else:
            builder.items.append(builder.cite_record(summit.sources, f"{summit.id}/record", label))
    builder.entities.extend(summit.id for summit, _ in chosen)
    if wanted.relation in {"skipped", "attended"}:
        _outsiders(request, builder, wanted)
    if not chosen:
        _latest_record(request, builder)
        # Attendance is recorded only in part: no record naming someone is no answer.
        by_name = wanted.relation == "attended" and not _countries(request, wanted)
        if by_name:
            return builder.build(confidence=score.NOT_FOUND, answered=False)
        return builder.build(confidence=score.NONE_IN_LIST)
    return builder.build(confidence=score.DESCRIBED)


def _as_guest(request: Request, wanted: ListFilter, summits: list[Summit]) -> bool:
    """The list's sessions are known to be attended only from records naming the party: no
    state is named, or none named was a member at any of them (a guest after its suspension)."""
    countries = _countries(request, wanted)
    if not countries:
        return True
    if not summits:
        return False
    return not any(_member_at(request, c, summit) for c in countries for summit in summits)


def _guest_at_any(request: Request, wanted: ListFilter, summits: list[Summit]) -> bool:
    """A state named was not a member at one of the sessions listed."""
    countries = _countries(request, wanted)
    return any(not _member_at(request, c, summit) for c in countries for summit in summits)


def _countries(request: Request, wanted: ListFilter) -> list[str]:
    """The states among the parties the question names."""
    return [p for p in wanted.parties if request.catalog.kinds.get(p) == "country"]


def _lead(request: Request, wanted: ListFilter, summits: list[Summit]) -> str:
    """The answer's first sentence: how many sessions, which ones, for whom and when."""
    scope = _scope(wanted)
    who = spoken_list([request.catalog.name(p) for p in wanted.parties])
    count = len(summits)
    noun = "session" if count == 1 else "sessions"
    names = ""
    if 0 < count <= _NAMED_IN_LEAD:
        names = ": " + spoken_list([f"{s.name.split(',')[0]} ({s.date.human()})" for s in summits])
    relation = wanted.relation or ""
    if relation == "attended" and _as_guest(request, wanted, summits):
        relation = "attended by name"
    elif relation == "attended" and _guest_at_any(request, wanted, summits):
        relation = "attended mixed"
    if relation in _RELATED and (who or relation == "skipped"):
        if not summits and relation == "attended by name":
            return f"No attendance record names {who} at a {request.org} session{scope}."
        if not summits:
            party = who or "any member"
            verb = wanted.relation or ""
            return f"The fact base records no {request.org} session{scope} that {party} {verb}."
        text = _RELATED[relation].format(
            who=who or "Some member", count=count, org=request.org, noun=noun, scope=scope
        )
        return f"{text}{names}."
    if not summits:
        return f"The fact base records no {request.org} session{scope}."
    return f"The fact base records {count} {request.org} {noun}{scope}{names}."


def _scope(wanted: ListFilter) -> str:
    """' since 2015', ' in Moscow': the span and places the list keeps, as the lead says them."""
    parts = []
    if wanted.places:
        parts.append("in " + spoken_list(sorted(place.title() for place in wanted.places)))
    if wanted.span is not None:
        parts.append(wanted.span.label)
    return (" " + " ".join(parts)) if parts else ""


def _outsiders(request: Request, builder: AnswerBuilder, wanted: ListFilter) -> None:
    """A state asked about that is not a member now: its status says why it had no seat."""
    for party in wanted.parties:
        country = request.catalog.entities.get(party)
        if isinstance(country, Country) and country.status.value not in MEMBER_STATUSES:
            builder.sentences.append(builder.cite(country.status, f"{country.id}/status"))


def _latest_record(request: Request, builder: AnswerBuilder) -> None:
    """An empty list holds as far as the records go: say how far that is."""
    latest = latest_session(request)
    if latest is not None:
        builder.sentences.append(
            builder.cite_record(
                latest.sources,
                f"{latest.id}/record",
                f"Its records run to {latest.date.human()} (the {latest.name})",
            )
        )
