"""Answers about the CSTO itself, its bodies, its secretaries general and its presidency."""

from __future__ import annotations

import datetime as dt

from bot.core.answering.respond import Request, by_date, relevant_disputes, with_topics
from bot.core.answering.retrieval import stem, stems
from bot.core.api import Answer
from bot.core.knowledge.catalog import FactItem
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Body, OfficeHolder, Role
from bot.core.language.lexicon import LEXICON
from bot.core.understanding.intents import AFTER, BEFORE

_ALL_HOLDERS = LEXICON.words("all_holders")
_FIRST = LEXICON.words("first")


def org_answer(request: Request) -> Answer:
    """What is the CSTO, when founded, where based, what the name means."""
    catalog = request.catalog
    org = catalog.organization
    intent = request.understanding.intent
    builder = request.builder()
    related = catalog.related(org.id)
    if intent == "org.founded":
        builder.sentences.append(builder.cite(org.founded, f"{org.id}/founded/0"))
        # The founding story has several steps; list those the question's words point at first.
        asked = {stem(word) for word in request.reading.content}
        steps = [i for i in with_topics(related, "founded", "history") if i.section != "founded"]
        steps.sort(key=lambda item: -len(asked & stems(item.fact.text)))
        for item in steps[:3]:
            builder.add_item(item)
    elif intent == "org.headquarters":
        builder.sentences.append(builder.cite(org.headquarters, f"{org.id}/headquarters/0"))
    elif intent == "org.name":
        builder.sentences.append(f"{org.abbreviation} stands for {org.name}.")
        for item in with_topics(related, "name")[:2]:
            builder.add(item)
    else:
        for item in with_topics(catalog.facts_of.get(org.id, []), "overview")[:3]:
            builder.add(item)
        builder.sentences.append(builder.cite(org.headquarters, f"{org.id}/headquarters/0"))
        builder.sentences.append(builder.cite(org.founded, f"{org.id}/founded/0"))
    for dispute in relevant_disputes(request, org.id, ()):
        builder.add_dispute(dispute)
    builder.suggestions.extend(
        ["Who are the members of the CSTO?", "Who is the Secretary General?"]
    )
    return builder.build(confidence=0.93)


def _secretariat(request: Request) -> Body | None:
    for body in request.catalog.bodies():
        if any(
            holder.title.casefold().startswith("secretary general")
            for holder in body.office_holders
        ):
            return body
    return None


def _term(holder: OfficeHolder) -> str:
    end = f" to {holder.end.human()}" if holder.end else ""
    acting = " (acting)" if holder.acting else ""
    return f"from {holder.start.human()}{end}{acting}"


def _role_covers(role: Role, date: PartialDate) -> bool:
    started = role.start is None or role.start.first_day <= date.last_day
    return (
        started
        and (role.end is None or date.first_day <= role.end.last_day)
        and (role.start is not None or role.end is not None)
    )


def _holding(holder: OfficeHolder, day: dt.date) -> bool:
    return holder.start.first_day <= day and (holder.end is None or day <= holder.end.last_day)


def office_holders_answer(request: Request, body: Body | None = None) -> Answer:
    """Who held a body's top office: now, at a date, first, or all of them."""
    body = body or _secretariat(request)
    builder = request.builder(
        "org.secretaries" if body is None or body == _secretariat(request) else "body.leadership"
    )
    if body is None or not body.office_holders:
        builder.sentences.append("The fact base does not list who heads that body.")
        return builder.build(confidence=0.5, answered=False)
    holders = sorted(body.office_holders, key=lambda holder: holder.start.first_day)
    words = set(request.reading.corrected)
    dates = request.understanding.dates
    plural = bool(words & _ALL_HOLDERS)
    anchor = [i for i, h in enumerate(holders) if h.person in request.understanding.subjects]
    if anchor and words & (BEFORE | AFTER):
        step = -1 if words & BEFORE else 1
        index = (anchor[0] if step < 0 else anchor[-1]) + step
        chosen = [holders[index]] if 0 <= index < len(holders) else []
        relation = "before" if step < 0 else "after"
        when = f"{relation} {request.catalog.name(holders[anchor[0]].person)}"
    elif dates and not plural:
        date = dates[0]
        chosen = [
            h
            for h in holders
            if h.start.first_day <= date.last_day
            and (h.end is None or date.first_day <= h.end.last_day)
        ]
        when = f"in {date.human()}"
    elif words & _FIRST:
        chosen, when = holders[:1], "first"
    elif plural:
        chosen, when = holders, ""
    else:
        chosen = [h for h in holders if _holding(h, request.today)] or holders[-1:]
        when = "now"
    title = holders[0].title
    if not chosen and dates:
        # People whose recorded role in this body covers the date, even without a start date.
        for someone in request.catalog.people():
            for index, role in enumerate(someone.roles):
                if role.body == body.id and _role_covers(role, dates[0]):
                    period = f" until {role.end.human()}" if role.end else ""
                    start = f" from {role.start.human()}" if role.start else " (start not recorded)"
                    text = f"{someone.name}: {role.title}{start}{period}"
                    builder.sentences.append(
                        builder.cite(role, f"{someone.id}/roles/{index}", text)
                    )
                    builder.entities.append(someone.id)
        if builder.sentences:
            return builder.build(confidence=0.8)
    if not chosen:
        builder.sentences.append(f"The fact base records no {title} {when}.")
        return builder.build(confidence=0.6)
    if len(chosen) > 1 or plural:
        builder.sentences.append(
            f"{title}s of the CSTO ({len(chosen)} terms):"
            if plural
            else f"{len(chosen)} terms as {title} fall {when}:"
        )
        for holder in chosen:
            name = request.catalog.name(holder.person)
            builder.items.append(
                builder.cite(
                    holder,
                    f"{body.id}/office/{holder.person}/{holder.start}",
                    f"{name}, {_term(holder)}",
                )
            )
    else:
        holder = chosen[0]
        name = request.catalog.name(holder.person)
        person = request.catalog.entities.get(holder.person)
        country = getattr(person, "country", None)
        origin = f" ({request.catalog.name(country)})" if country else ""
        lead = {
            "now": f"The current {title} is {name}{origin}, in office {_term(holder)}",
            "first": f"The first {title} was {name}{origin}, in office {_term(holder)}",
        }.get(when, f"The {title} {when} was {name}{origin}, in office {_term(holder)}")
        builder.sentences.append(
            builder.cite(holder, f"{body.id}/office/{holder.person}/{holder.start}", lead)
        )
        builder.entities.append(holder.person)
    builder.suggestions.append("List all the CSTO secretaries general")
    return builder.build(confidence=0.92)


def body_answer(request: Request, body_id: str) -> Answer:
    """What a body is, when it was founded, who leads it."""
    body = request.catalog.entities.get(body_id)
    builder = request.builder()
    if not isinstance(body, Body):
        return builder.build(confidence=0.0, answered=False)
    intent = request.understanding.intent
    if intent == "body.leadership" and body.office_holders:
        return office_holders_answer(request, body)
    facts = request.catalog.facts_of.get(body.id, [])
    leaders = with_topics(request.catalog.related(body.id), "leadership")
    if intent == "body.leadership":
        # No list of office holders: the facts that say who led it, and when, if any do.
        for item in by_date(leaders)[-3:]:
            builder.add(item)
        if not leaders:
            builder.sentences.append(f"The fact base does not say who heads the {body.name}.")
            builder.suggestions.append(f"What is the {body.name}?")
        return builder.build(confidence=0.85 if leaders else 0.3, answered=bool(leaders))
    if intent == "body.founded":
        founded = request.catalog.section(body.id, "founded") or with_topics(
            request.catalog.related(body.id), "founded"
        )
        for item in founded[:2]:
            builder.add(item)
        if not founded:
            builder.sentences.append(
                f"The fact base does not say when the {body.name} was founded."
            )
    else:
        overview = with_topics(facts, "overview") or facts[:1]
        for item in overview[:2]:
            builder.add(item)
        for item in request.catalog.section(body.id, "founded"):
            builder.add(item)
        for item in by_date(f for f in facts if f not in overview and f.section == "facts")[:3]:
            builder.add_item(item)
    if body.office_holders:
        builder.suggestions.append(f"Who heads the {body.name}?")
    return builder.build(confidence=0.9)


def presidency_now(request: Request) -> Answer:
    """Who held the rotating presidency (chairmanship) in a year, or holds it now."""
    builder = request.builder("org.presidency")
    catalog = request.catalog
    dates = request.understanding.dates
    year = dates[0].year if dates else request.today.year
    dated: list[tuple[dt.date, FactItem]] = []
    for item in catalog.tagged("presidency"):
        when = item.when or getattr(catalog.entities[item.owner], "date", None)
        if isinstance(when, PartialDate):
            dated.append((when.first_day, item))
    dated.sort(key=lambda pair: pair[0])
    chosen = [item for day, item in dated if day.year == year]
    if not chosen:
        chosen = [item for day, item in dated if day.year <= year][-1:]
    named = {i for i in request.reading.ids() if catalog.kinds.get(i) == "country"}
    words = set(request.reading.corrected)
    if named and words & (BEFORE | AFTER):
        handed = [
            s
            for s in catalog.summits()
            if s.presidency is not None
            and (s.presidency.handed_from if words & AFTER else s.presidency.handed_to) in named
            and (not dates or s.date.year == year)
        ]
        for summit in handed[-1:]:
            if summit.presidency is not None:
                builder.sentences.append(builder.cite(summit.presidency, f"{summit.id}/presidency"))
                builder.entities.append(summit.id)
        if builder.sentences:
            return builder.build(confidence=0.85)
    sessions = [s for s in catalog.summits() if s.date.year == year and s.presidency]
    if not sessions and not [item for day, item in dated if day.year == year]:
        # No hand-over that year: the last one before it says who held the presidency.
        earlier = [s for s in catalog.summits() if s.date.year < year and s.presidency]
        sessions = earlier[-1:]
        chosen = []
    for summit in sessions:
        if summit.presidency is not None:
            builder.sentences.append(builder.cite(summit.presidency, f"{summit.id}/presidency"))
            builder.entities.append(summit.id)
    for item in chosen[:3]:
        builder.add(item)
    if not builder.sentences:
        builder.sentences.append("The fact base does not say who held the presidency then.")
        return builder.build(confidence=0.4, answered=False)
    if not dates:
        for item in with_topics(catalog.facts_of.get(catalog.organization.id, []), "presidency"):
            builder.add(item)
            break
    builder.suggestions.append("Who is the Secretary General?")
    return builder.build(confidence=0.85)
