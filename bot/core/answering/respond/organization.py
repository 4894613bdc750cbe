"""Answers about the CSTO itself, its bodies, its secretaries general and its presidency."""

from __future__ import annotations

import datetime as dt

from bot.core.answering import confidence as score
from bot.core.answering.compose import AnswerBuilder, held_as_of, start_phrase
from bot.core.answering.respond import (
    Request,
    by_date,
    relevant_disputes,
    spoken_list,
    with_topics,
)
from bot.core.answering.respond.filters import read_span
from bot.core.answering.respond.tenure import lasted, served_until, span_asked
from bot.core.answering.retrieval import stem, stems
from bot.core.answering.select import (
    Period,
    Selection,
    When,
    held_on,
    in_order,
    latest_by,
    overlaps,
    pick,
)
from bot.core.api import Answer
from bot.core.knowledge.catalog import Catalog, FactItem
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Body, OfficeHolder, Role, Summit
from bot.core.language.lexicon import LEXICON, stepping_words
from bot.core.language.normalize import tokens
from bot.core.understanding.intents import AFTER, BEFORE

_ALL_HOLDERS = LEXICON.words("all_holders")
_LONGEST = LEXICON.words("longest_term")
_SHORTEST = LEXICON.words("shortest_term")
_FIRST = LEXICON.words("first")
# "The next secretary general", "the incoming one": the holder after the one of the time asked.
_UPCOMING = LEXICON.words("upcoming") | frozenset(["incoming"])
# A chair fact saying a state "held" the presidency then: one of its turns.
_HELD = "held"
_ORIGIN = LEXICON.words("origin")
_HELD_SINCE = LEXICON.words("held_since")
_NOT = LEXICON.words("negations")
_PRESENT = LEXICON.words("present_words")


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
        [f"Who are the members of the {request.org}?", "Who is the Secretary General?"]
    )
    return builder.build(confidence=score.RECORD)


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


def _same_post(role: Role, title: str) -> bool:
    """The role is the office asked about: its title has every word of the office's title."""
    return set(tokens(title)) <= set(tokens(role.title))


def _period(holder: OfficeHolder) -> Period:
    return holder.start.first_day, holder.end.last_day if holder.end else None


def _asks_all(request: Request) -> bool:
    return not _ALL_HOLDERS.isdisjoint(request.reading.corrected)


def _holders_wanted(request: Request, holders: list[OfficeHolder]) -> tuple[Selection, str]:
    """Which terms the question asks for, and how the answer says when ("now", "in 2016")."""
    words = set(stepping_words(request.reading.corrected))
    dates = request.understanding.dates
    anchors = tuple(i for i, h in enumerate(holders) if h.person in request.understanding.subjects)
    if anchors and words & (BEFORE | AFTER):
        relation = "before" if words & BEFORE else "after"
        when = When.BEFORE if words & BEFORE else When.AFTER
        named = request.catalog.name(holders[anchors[0]].person)
        return Selection(when, anchors=anchors), f"{relation} {named}"
    until = None if _asks_all(request) else _until(request)
    special = until or _next_holder(request, holders)
    if special is not None:
        return special
    if dates and not _asks_all(request):
        return Selection(When.AT, dates[0]), f"in {dates[0].human()}"
    if words & _FIRST:
        return Selection(When.FIRST), "first"
    if _asks_all(request):
        return Selection(When.ALL), ""
    return Selection(When.NOW), "now"


def asks_next_holder(request: Request) -> bool:
    """The question asks for the next holder of an office ("who is the next secretary
    general"): when none is recorded, that is the answer, not some fact found instead."""
    return not _UPCOMING.isdisjoint(request.reading.corrected) and not _asks_all(request)


def _next_holder(request: Request, holders: list[OfficeHolder]) -> tuple[Selection, str] | None:
    """ "The next secretary general" (in November 2025, or now): the one after the holder of
    that time, not that holder; None when the question asks for no next one."""
    if not asks_next_holder(request):
        return None
    dates = request.understanding.dates
    at = Selection(When.AT, dates[0]) if dates else Selection(When.NOW)
    then = pick(holders, _period, at, request.today)
    if not then:
        return None
    anchor = holders.index(then[-1])
    return Selection(
        When.AFTER, anchors=(anchor,)
    ), f"after {request.catalog.name(then[-1].person)}"


def _until(request: Request) -> tuple[Selection, str] | None:
    """'Before 2023' (or 'until 2022'): the holder on the last day the span reaches, not one
    of the year named; None when the question gives no such span."""
    span = read_span(request.reading.corrected)
    if span is None or span.first is not None or span.last is None:
        return None
    last = span.last
    return Selection(When.AT, PartialDate(last.year, last.month, last.day)), span.label


def _held_since(
    request: Request, holders: list[OfficeHolder]
) -> tuple[list[OfficeHolder], str] | None:
    """ "Since 2020": every term that began by today and ran on past the date named."""
    dates = request.understanding.dates
    # The words as asked: a time read off the question ("since the end of 2023") leaves them.
    asked = set(tokens(request.reading.original)) | set(request.reading.corrected)
    if not dates or _HELD_SINCE.isdisjoint(asked) or _asks_all(request):
        return None
    date = dates[0]
    running = [
        holder
        for holder in holders
        if holder.start.first_day <= request.today
        and (holder.end is None or holder.end.last_day > date.last_day)
    ]
    return (running, f"since {date.human()}") if running else None


def _has_gap(request: Request, body: Body, title: str) -> bool:
    """Someone held the body's post from a start the fact base does not record."""
    return any(
        role.body == body.id and role.start is None and _same_post(role, title)
        for someone in request.catalog.people()
        for role in someone.roles
    )


def _first_unknown(
    request: Request, builder: AnswerBuilder, body: Body, holders: list[OfficeHolder]
) -> Answer | None:
    """'Who was the first Chief of the Joint Staff' when someone held the post from a start
    the records lack: the earliest dated term is not known to be the first."""
    if _holders_wanted(request, holders)[0].when is not When.FIRST:
        return None
    if not _has_gap(request, body, holders[0].title):
        return None
    return _beyond_the_records(request, builder, body, holders, "who was the first {title}")


def _counted_holders(
    request: Request, builder: AnswerBuilder, body: Body, holders: list[OfficeHolder]
) -> Answer | None:
    """'How many secretaries general have there been': the people the list holds, the acting
    terms apart; with a holder whose start the records lack, the number is not known."""
    if not request.reading.has("count") or request.understanding.dates:
        return None
    title = holders[0].title
    if _has_gap(request, body, title):
        return _beyond_the_records(
            request, builder, body, holders, "how many people have been {title}"
        )
    people = list(dict.fromkeys(h.person for h in holders if not h.acting))
    acting = [h for h in holders if h.acting]
    names = spoken_list([request.catalog.name(person) for person in people])
    lead = f"The fact base records {len(people)} people as {title}: {names}"
    if acting:
        stand_ins = spoken_list(list(dict.fromkeys(request.catalog.name(h.person) for h in acting)))
        lead += f", besides {len(acting)} acting terms ({stand_ins})"
    builder.sentences.append(f"{lead}.")
    for holder in holders:
        # Each line names the post: it is what the question counts.
        text = f"{request.catalog.name(holder.person)}, {title} {_term(holder)}"
        builder.items.append(_cite_term(builder, body, holder, text))
        builder.entities.append(holder.person)
    return builder.build(confidence=score.SECTION)


def _beyond_the_records(
    request: Request,
    builder: AnswerBuilder,
    body: Body,
    holders: list[OfficeHolder],
    asked: str,
) -> Answer:
    """What a post's records cannot settle (`asked`, with "{title}" for the post) when someone
    held it from a start they lack: that, the undated holders and the earliest dated term."""
    earliest = holders[0]
    title = earliest.title
    builder.sentences.append(
        f"The fact base cannot say {asked.format(title=title)}: it records holders whose start "
        "it does not know."
    )
    for someone in request.catalog.people():
        for index, role in enumerate(someone.roles):
            if role.body == body.id and role.start is None and _same_post(role, title):
                end = f" until {role.end.human()}" if role.end else ""
                text = f"{someone.name}: {role.title} ({start_phrase(None, role)}){end}"
                builder.sentences.append(builder.cite(role, f"{someone.id}/roles/{index}", text))
                builder.entities.append(someone.id)
    name = request.catalog.name(earliest.person)
    builder.sentences.append(
        _cite_term(
            builder, body, earliest, f"The earliest dated term is {name}'s, {_term(earliest)}"
        )
    )
    # What the records do say (who held it, from when) is the answer; the rest is not guessed.
    return builder.build(confidence=score.ROLE_COVERS)


def _roles_covering(
    request: Request, builder: AnswerBuilder, body: Body, date: PartialDate, title: str
) -> None:
    """People whose recorded role in this body covers the date, even without a start date."""
    for someone in request.catalog.people():
        for index, role in enumerate(someone.roles):
            if (
                role.body == body.id
                and _same_post(role, title)
                and held_on(role, date, request.today)
            ):
                period = f" until {role.end.human()}" if role.end else ""
                start = _role_start(role)
                text = f"{someone.name}: {role.title}{start}{period}"
                builder.sentences.append(builder.cite(role, f"{someone.id}/roles/{index}", text))
                builder.entities.append(someone.id)


def _list_holders(
    request: Request, builder: AnswerBuilder, body: Body, chosen: list[OfficeHolder], when: str
) -> None:
    title = chosen[0].title
    builder.sentences.append(
        f"{_plural(title)} of the {request.org} ({len(chosen)} terms):"
        if _asks_all(request)
        else f"{len(chosen)} terms as {title} fall {when}:"
    )
    for holder in chosen:
        name = request.catalog.name(holder.person)
        builder.items.append(_cite_term(builder, body, holder, f"{name}, {_term(holder)}"))


def _plural(title: str) -> str:
    """ "Secretaries General", "Chiefs of the Joint Staff": the head noun takes the plural."""
    head, _, rest = title.partition(" ")
    plural = head[:-1] + "ies" if head.endswith("y") else head + "s"
    return f"{plural} {rest}".strip()


def _cite_term(builder: AnswerBuilder, body: Body, holder: OfficeHolder, text: str) -> str:
    """One term in office as a cited sentence, under the fact id the term is known by."""
    return builder.cite(holder, f"{body.id}/office/{holder.person}/{holder.start}", text)


def _one_holder(
    request: Request, builder: AnswerBuilder, body: Body, holder: OfficeHolder, when: str
) -> None:
    title = holder.title
    name = request.catalog.name(holder.person)
    person = request.catalog.entities.get(holder.person)
    country = getattr(person, "country", None)
    origin = f" ({request.catalog.name(country)})" if country else ""
    lead = {
        "now": f"The current {title} is {name}{origin}, in office {_term(holder)}",
        "first": f"The first {title} was {name}{origin}, in office {_term(holder)}",
    }.get(when, f"The {title} {when} was {name}{origin}, in office {_term(holder)}")
    if when == "now" and held_as_of(holder) is None:
        lead += _as_of_sources(request, holder)
    builder.sentences.append(_cite_term(builder, body, holder, lead))
    builder.entities.append(holder.person)


def _role_start(role: Role) -> str:
    """' from 2 May 2017', or without a start ' (in post by October 2016)'."""
    phrase = start_phrase(role.start, role)
    return f" {phrase}" if role.start else f" ({phrase})"


def _as_of_sources(request: Request, holder: OfficeHolder) -> str:
    """' (as of May 2025)': a current holder holds as of the latest source saying so."""
    dates = [
        source.date
        for source_id in holder.sources
        if (source := request.catalog.sources.get(source_id)) is not None and source.date
    ]
    latest = max(dates, key=lambda date: date.last_day, default=None)
    return f" (as of {latest.human()})" if latest is not None else ""


def _earlier_holders(
    request: Request,
    builder: AnswerBuilder,
    body: Body,
    holders: list[OfficeHolder],
    now: OfficeHolder,
) -> None:
    """'Who holds it now, and who before': the earlier terms, and roles recorded in the body."""
    earlier = [h for h in holders if h.start.first_day < now.start.first_day]
    for holder in earlier:
        name = request.catalog.name(holder.person)
        builder.items.append(_cite_term(builder, body, holder, f"Before: {name}, {_term(holder)}"))
        builder.entities.append(holder.person)
    listed = {h.person for h in holders}
    for someone in request.catalog.people():
        for index, role in enumerate(someone.roles):
            ended = role.end is not None and role.end.first_day <= now.start.last_day
            if role.body == body.id and ended and someone.id not in listed and role.end:
                start = _role_start(role)
                text = f"Before: {someone.name}, {role.title}{start} until {role.end.human()}"
                builder.items.append(builder.cite(role, f"{someone.id}/roles/{index}", text))
                builder.entities.append(someone.id)


def _origins_asked(request: Request, negated: bool = False) -> list[str]:
    """The countries office holders are asked to come from: "secretaries general from
    Kazakhstan", "an Armenian secretary general"; with `negated`, those they are asked not to
    come from ("the first secretary general who wasn't Russian"). A country named otherwise
    ("when Armenia froze its participation") says when, not who."""
    catalog, reading = request.catalog, request.reading
    found = []
    for mention in reading.mentions:
        if mention.external or catalog.kinds.get(mention.entity_id) != "country":
            continue
        before = reading.corrected[max(0, mention.start - 2) : mention.start]
        surface = reading.corrected[mention.start : mention.end]
        if negated != bool(_NOT.intersection(before)):
            continue
        if not _names_it(catalog, mention.entity_id, surface) or _ORIGIN.intersection(before):
            found.append(mention.entity_id)
    return list(dict.fromkeys(found))


def _origin_of(request: Request, holder: OfficeHolder) -> str | None:
    return getattr(request.catalog.entities.get(holder.person), "country", None)


def _names_it(catalog: Catalog, entity_id: str, surface: tuple[str, ...]) -> bool:
    """The words are the country's name or one of its aliases, not a demonym ("Russian" is a
    word of "Russian Federation" but does not name Russia on its own)."""
    entity = catalog.entities.get(entity_id)
    names = (entity.name, *entity.aliases) if entity is not None else ()
    return any(tuple(tokens(name)) == surface for name in names)


def _holders_from(
    request: Request,
    builder: AnswerBuilder,
    body: Body,
    holders: list[OfficeHolder],
    origin: list[str],
) -> Answer:
    """The terms held by people from the countries named, answer first; none is said so."""
    catalog = request.catalog
    chosen = [h for h in holders if _origin_of(request, h) in origin]
    title = holders[0].title
    where = " or ".join(catalog.name(country) for country in origin)
    people = list(dict.fromkeys(catalog.name(h.person) for h in chosen))
    if not chosen:
        builder.sentences.append(
            f"None of the {len(holders)} terms as {title} the fact base records was held by "
            f"someone from {where}."
        )
        chosen = holders
    elif len(chosen) == 1:
        holder = chosen[0]
        lead = f"{people[0]} was the {title} from {where}, in office {_term(holder)}"
        builder.sentences.append(_cite_term(builder, body, holder, lead))
        builder.entities.append(holder.person)
        chosen = []
    else:
        held = f"was the {title}" if len(people) == 1 else f"were the {_plural(title)}"
        builder.sentences.append(f"{spoken_list(people)} {held} from {where}:")
    for holder in chosen:
        person = catalog.entities.get(holder.person)
        country = getattr(person, "country", None)
        origin_text = f" ({catalog.name(country)})" if country else ""
        text = f"{catalog.name(holder.person)}{origin_text}, {_term(holder)}"
        builder.items.append(_cite_term(builder, body, holder, text))
        builder.entities.append(holder.person)
    if len(people) == 1 and "why" in request.reading.words:
        # "Which Armenian was secretary general and why was he recalled": his own facts say why.
        for item in by_date(catalog.facts_of.get(builder.entities[-1], []))[:2]:
            builder.add(item)
    return builder.build(confidence=score.SECTION)


def _by_length(
    request: Request, builder: AnswerBuilder, body: Body, holders: list[OfficeHolder]
) -> Answer | None:
    """ "Who held the post the longest": the full term (acting ones stand in, they do not hold
    it) served longest so far, or the shortest ended one; None when no length is asked."""
    words = set(request.reading.corrected)
    longest = not _LONGEST.isdisjoint(words)
    full = [holder for holder in holders if not holder.acting]
    if not full or not (longest or not _SHORTEST.isdisjoint(words)):
        return None

    def served(holder: OfficeHolder) -> dt.timedelta:
        return served_until(holder, request.today) - holder.start.first_day

    # A term still running is no shorter than it will be: only ended ones are the shortest.
    ended = [holder for holder in full if holder.end and holder.end.last_day <= request.today]
    if not longest and not ended:
        return None
    chosen = max(full, key=served) if longest else min(ended, key=served)
    person = request.catalog.entities.get(chosen.person)
    country = getattr(person, "country", None)
    origin = f" ({request.catalog.name(country)})" if country else ""
    rank = "longest" if longest else "shortest"
    lead = (
        f"{request.catalog.name(chosen.person)}{origin} held the post of {chosen.title} the "
        f"{rank}, {_term(chosen)}"
    )
    builder.sentences.append(_cite_term(builder, body, chosen, lead))
    builder.entities.append(chosen.person)
    return builder.build(confidence=score.DESCRIBED)


def _by_span(
    request: Request, builder: AnswerBuilder, body: Body, holders: list[OfficeHolder]
) -> Answer | None:
    """ "Who served for over a decade (from 2003)": the full terms that lasted as long as asked,
    at the date asked if any; None when no length is asked. A length no term fits is said, not
    answered with whoever holds the post now."""
    span = span_asked(request.reading.corrected)
    if span is None:
        return None
    dates = request.understanding.dates
    fitting = [
        holder
        for holder in holders
        if not holder.acting
        and lasted(holder, span, request.today)
        and all(overlaps(_period(holder), date) for date in dates)
    ]
    title = holders[0].title
    if not fitting:
        # The records list every term: that none lasted so long is an answer, given with the
        # terms, not a cue to search for facts on some other length ("a term of three years").
        builder.sentences.append(f"No {title} term in the fact base lasted {span.said}; its terms:")
        for holder in holders:
            name = request.catalog.name(holder.person)
            builder.items.append(_cite_term(builder, body, holder, f"{name}, {_term(holder)}"))
        return builder.build(confidence=score.NONE_IN_LIST)
    if len(fitting) == 1:
        # One term fits: its holder is the answer, and leads.
        (holder,) = fitting
        name = request.catalog.name(holder.person)
        text = f"{name} was {title} {_term(holder)}, which lasted {span.said}"
        builder.sentences.append(_cite_term(builder, body, holder, text))
        builder.entities.append(holder.person)
        return builder.build(confidence=score.SECTION)
    builder.sentences.append(f"{len(fitting)} {title} terms in the fact base lasted {span.said}:")
    for holder in fitting:
        name = request.catalog.name(holder.person)
        builder.items.append(_cite_term(builder, body, holder, f"{name}, {_term(holder)}"))
        builder.entities.append(holder.person)
    return builder.build(confidence=score.SECTION)


def _narrowed(
    request: Request, builder: AnswerBuilder, body: Body, holders: list[OfficeHolder]
) -> Answer | None:
    """The terms of holders from the countries named, or the acting terms when only they are
    asked; None when the question narrows the holders neither way."""
    origin = _origins_asked(request)
    if origin:
        return _holders_from(request, builder, body, holders, origin)
    acting = [h for h in holders if h.acting]
    only_acting = request.reading.has("acting") and not _asks_all(request)
    if acting and only_acting and not request.understanding.dates:
        return _acting_holders(request, builder, body, acting)
    return None


def _acting_holders(
    request: Request, builder: AnswerBuilder, body: Body, acting: list[OfficeHolder]
) -> Answer:
    """ "Who served as acting secretary general": the acting terms, not the holder now."""
    title = acting[0].title
    people = list(dict.fromkeys(request.catalog.name(h.person) for h in acting))
    builder.sentences.append(
        f"{spoken_list(people)} served as acting {title} ({len(acting)} acting terms):"
    )
    for holder in acting:
        name = request.catalog.name(holder.person)
        builder.items.append(_cite_term(builder, body, holder, f"{name}, {_term(holder)}"))
        builder.entities.append(holder.person)
    return builder.build(confidence=score.SECTION)


def office_holders_answer(request: Request, body: Body | None = None) -> Answer:
    """Who held a body's top office: now, at a date, first, all, or before/after someone."""
    body = body or _secretariat(request)
    builder = request.builder(
        "org.secretaries" if body is None or body == _secretariat(request) else "body.leadership"
    )
    if body is None or not body.office_holders:
        builder.sentences.append("The fact base does not list who heads that body.")
        return builder.build(confidence=score.NO_LIST, answered=False)
    holders = in_order(body.office_holders, _period)
    unwanted = _origins_asked(request, negated=True)
    if unwanted:
        # "Who wasn't Russian": the terms of people from elsewhere, asked of as usual.
        holders = [h for h in holders if _origin_of(request, h) not in unwanted]
        where = " or ".join(request.catalog.name(country) for country in unwanted)
        builder.sentences.append(f"Leaving out those from {where}:")
    narrowed = (
        _narrowed(request, builder, body, holders)
        or _by_length(request, builder, body, holders)
        or _by_span(request, builder, body, holders)
        or _first_unknown(request, builder, body, holders)
        or _counted_holders(request, builder, body, holders)
    )
    if narrowed is not None:
        return narrowed
    selection, when = _holders_wanted(request, holders)
    chosen = pick(holders, _period, selection, request.today)
    since = _held_since(request, holders)
    if since is not None:
        chosen, when = since
    if not chosen and selection.date is not None:
        _roles_covering(request, builder, body, selection.date, holders[0].title)
        if builder.sentences:
            return builder.build(confidence=score.ROLE_COVERS)
    if not chosen:
        builder.sentences.append(f"The fact base records no {holders[0].title} {when}.")
        # At a date the records may have a gap (a holder whose start is not recorded): that is
        # not "there was none", and the answer says it does not know.
        gap = selection.when is When.AT and _has_gap(request, body, holders[0].title)
        first = holders[0]
        date = selection.date
        if not gap and date is not None and date.last_day < first.start.first_day:
            on = "on" if first.start.day else "in"
            took = f"The first it records took office {on} {first.start.human()}"
            builder.sentences.append(_cite_term(builder, body, first, took))
            # Before the first recorded term the records are complete: "none yet" is an answer.
            return builder.build(confidence=score.NONE_IN_LIST)
        # Later, none recorded may only mean the records stop short: not an answer.
        return builder.build(
            confidence=score.NOT_FOUND if gap else score.NONE_RECORDED, answered=False
        )
    if len(chosen) > 1 or _asks_all(request):
        _list_holders(request, builder, body, chosen, when)
    else:
        _one_holder(request, builder, body, chosen[0], when)
        if when == "now" and request.reading.has("earlier"):
            _earlier_holders(request, builder, body, holders, chosen[0])
    builder.suggestions.append(f"List all the {request.org} secretaries general")
    return builder.build(confidence=score.SECTION)


def _body_leaders(request: Request, body: Body) -> Answer:
    """No list of office holders: the facts that say who led it, and when, if any do."""
    builder = request.builder()
    leaders = with_topics(request.catalog.related(body.id), "leadership")
    asked = request.understanding.dates
    if asked:
        # A head recorded at one time says nothing of another year: "who headed it in 2025"
        # is not answered by the head as of March 2022.
        leaders = [item for item in leaders if _held_in(item, asked)]
    for item in by_date(leaders)[-3:]:
        builder.add(item)
    if not leaders:
        when = f" in {asked[0].human()}" if asked else ""
        builder.sentences.append(f"The fact base does not say who headed the {body.name}{when}.")
        builder.suggestions.append(f"What is the {body.name}?")
        return builder.build(confidence=score.NOT_FOUND, answered=False)
    return builder.build(confidence=score.DERIVED)


def _chaired_by_presidency(request: Request, body: Body) -> bool:
    """The body's own facts say its chair is the rotating presidency (tagged "presidency")."""
    own = [item for item in request.catalog.facts_of.get(body.id, []) if item.owner == body.id]
    return bool(with_topics(own, "presidency"))


def leaders_recorded_elsewhen(request: Request) -> bool:
    """The body asked about has facts on who led it, none of them of the year asked."""
    subjects = request.understanding.subjects
    body = request.catalog.entities.get(subjects[0]) if subjects else None
    asked = request.understanding.dates
    if not isinstance(body, Body) or body.office_holders or not asked:
        return False
    leaders = with_topics(request.catalog.related(body.id), "leadership")
    return bool(leaders) and not any(_held_in(item, asked) for item in leaders)


def _held_in(item: FactItem, dates: list[PartialDate]) -> bool:
    """The fact's own time (when it happened or held) falls in one of the years asked."""
    when = item.when
    return when is not None and any(when.year == date.year for date in dates)


def _body_founded(request: Request, builder: AnswerBuilder, body: Body) -> None:
    founded = request.catalog.section(body.id, "founded") or with_topics(
        request.catalog.related(body.id), "founded"
    )
    for item in founded[:2]:
        builder.add(item)
    if not founded:
        builder.sentences.append(f"The fact base does not say when the {body.name} was founded.")


def _body_overview(request: Request, builder: AnswerBuilder, body: Body) -> None:
    facts = request.catalog.facts_of.get(body.id, [])
    overview = with_topics(facts, "overview") or facts[:1]
    for item in overview[:2]:
        builder.add(item)
    for item in request.catalog.section(body.id, "founded"):
        builder.add(item)
    for item in by_date(f for f in facts if f not in overview and f.section == "facts")[:3]:
        builder.add_item(item)


def body_answer(request: Request, body_id: str) -> Answer:
    """What a body is, when it was founded, who leads it."""
    body = request.catalog.entities.get(body_id)
    if not isinstance(body, Body):
        return request.builder().build(confidence=score.NOTHING, answered=False)
    intent = request.understanding.intent
    if intent == "body.leadership":
        if body.office_holders:
            return office_holders_answer(request, body)
        found = _body_leaders(request, body)
        if not found.answered and _chaired_by_presidency(request, body):
            # "Who chaired the council in January 2022": its chair is the rotating presidency.
            return presidency_now(request)
        return found
    builder = request.builder()
    if intent == "body.founded":
        _body_founded(request, builder, body)
    else:
        _body_overview(request, builder, body)
    if body.office_holders:
        builder.suggestions.append(f"Who heads the {body.name}?")
    return builder.build(confidence=score.DESCRIBED)


def _presidency_items(request: Request) -> list[tuple[dt.date, FactItem]]:
    """Facts tagged "presidency" with the day they happened (or their summit's), in date order."""
    catalog = request.catalog
    dated: list[tuple[dt.date, FactItem]] = []
    for item in catalog.tagged("presidency"):
        when = item.when or getattr(catalog.entities[item.owner], "date", None)
        if isinstance(when, PartialDate):
            dated.append((when.first_day, item))
    return sorted(dated, key=lambda pair: pair[0])


def _handed_over(request: Request, year: int) -> list[Summit]:
    """ "Who took over after Kazakhstan": the latest hand-over from (or to) a country named."""
    catalog = request.catalog
    named = {i for i in request.reading.ids() if catalog.kinds.get(i) == "country"}
    words = set(request.reading.corrected)
    words |= _handing_step(request.reading.corrected)
    if not words & (BEFORE | AFTER):
        return []
    if not named:
        return _handed_over_at(request, words)
    dated = bool(request.understanding.dates)
    handed = [
        s
        for s in catalog.summits()
        if s.presidency is not None
        and (s.presidency.handed_from if words & AFTER else s.presidency.handed_to) in named
        and (not dated or s.date.year == year)
    ]
    return handed[-1:]


def _handed_over_at(request: Request, words: set[str]) -> list[Summit]:
    """ "Who took over the chair after that" at a time in play, no state named: the first
    hand-over on or after the time (its new chair), or, asked "before", the last one before it
    (the chair's predecessor handed over there)."""
    dates = _time_asked(request)
    if not dates and not _HANDING.isdisjoint(words) and not words & AFTER:
        # "Who handed it to them" of today's chair: the last hand-over before today.
        today = request.today
        dates = [PartialDate(today.year, today.month, today.day)]
    # A year alone ("after 2020") may hold its own hand-over, which the year does not place;
    # the hand-over before a year's chair ("who handed it to them") is before the year.
    if not dates or (words & BEFORE and words & AFTER):
        return []
    if dates[0].month is None and words & AFTER:
        return []
    day = dates[0].first_day
    handing = [s for s in request.catalog.summits() if s.presidency is not None]
    if words & AFTER:
        return [s for s in handing if s.date.last_day >= day][:1]
    return [s for s in handing if s.date.last_day < day][-1:]


# Verbs of passing the chair on ("who did they hand it to", "pass it to").
_HANDING = frozenset({"hand", "handed", "hands", "pass", "passed", "passes", "give", "gave"})
_RECEIVERS = LEXICON.words("object_pronouns") | LEXICON.words("personal_pronouns")


def _handing_step(words: tuple[str, ...]) -> frozenset[str]:
    """'Who did they hand it to': the holder after them (AFTER); 'who handed it to them': the
    one before them, who handed it over (BEFORE); nothing when no hand-over is asked."""
    if _HANDING.isdisjoint(words) or "to" not in words:
        return frozenset()
    after_to = words.index("to") + 1
    receiver = words[after_to : after_to + 1]
    return BEFORE if receiver and receiver[0] in _RECEIVERS else AFTER


def _time_asked(request: Request) -> list[PartialDate]:
    """The question's own dates, else the time an earlier question asked, kept in play ("which
    state chaired when the troops went in?" then "who did they hand it to?"), unless it asks
    of now."""
    then = request.understanding.then
    if then is None or request.reading.has_any(_PRESENT):
        return request.understanding.dates  # "and who has it now?": today, not the time in play
    return request.understanding.dates or [then]


def _turns_of_state(request: Request) -> list[str]:
    """The one state whose turns in the chair are asked ("when did Kazakhstan chair the CSTO",
    "how many times has Russia held the presidency"): no time given and none asked of today,
    and the records hand the chair to or from it."""
    catalog = request.catalog
    named = [i for i in request.reading.ids() if catalog.kinds.get(i) == "country"]
    if len(set(named)) != 1 or request.understanding.dates or request.reading.has_any(_PRESENT):
        return []
    return named[:1] if _hand_overs_of(catalog, named[0]) else []


def _held_by(request: Request, state: str) -> list[tuple[dt.date, FactItem]]:
    """Facts of the chair saying the state held it then, with their days."""
    return [
        (day, item)
        for day, item in _presidency_items(request)
        if state in getattr(item.fact, "about", ()) and _HELD in item.fact.text.split()
    ]


def _hand_overs_of(catalog: Catalog, state: str) -> list[Summit]:
    """The sessions where the chair passed to or from the state, in date order."""
    return [
        summit
        for summit in catalog.summits()
        if summit.presidency is not None
        and state in (summit.presidency.handed_to, summit.presidency.handed_from)
    ]


def _cite_presidencies(builder: AnswerBuilder, summits: list[Summit]) -> None:
    for summit in summits:
        if summit.presidency is not None:
            builder.sentences.append(builder.cite(summit.presidency, f"{summit.id}/presidency"))
            builder.entities.append(summit.id)


def presidency_now(request: Request) -> Answer:
    """Who held the rotating presidency (chairmanship) in a year, or holds it now."""
    builder = request.builder("org.presidency")
    catalog = request.catalog
    dates = request.understanding.dates
    asked = _time_asked(request)
    year = asked[0].year if asked else request.today.year
    _cite_presidencies(builder, _handed_over(request, year))
    if builder.sentences:
        return builder.build(confidence=score.DERIVED)
    turns = _turns_of_state(request)
    if turns:
        state = catalog.name(turns[0])
        builder.sentences.append(f"What the records say of {state}'s turns in the CSTO chair:")
        # Hand-overs, and facts that it held the chair ("at the time of the 2015 summit", a
        # turn no hand-over records), in date order.
        told: list[tuple[dt.date, Summit | FactItem]] = [
            (summit.date.first_day, summit) for summit in _hand_overs_of(catalog, turns[0])
        ]
        told.extend(_held_by(request, turns[0]))
        for _, said in sorted(told, key=lambda pair: pair[0]):
            if isinstance(said, FactItem):
                builder.add(said)
            else:
                _cite_presidencies(builder, [said])
        builder.suggestions.append("Who holds the CSTO presidency now?")
        return builder.build(confidence=score.DERIVED)
    dated = _presidency_items(request)
    chosen = [item for _, item in latest_by(dated, lambda pair: pair[0], year)]
    presiding = [s for s in catalog.summits() if s.presidency]
    sessions = [s for s in presiding if s.date.year == year]
    if not sessions and not any(day.year == year for day, _ in dated):
        # No hand-over that year: the last one before it says who held the presidency.
        sessions = [s for s in presiding if s.date.year < year][-1:]
        chosen = []
    _cite_presidencies(builder, sessions)
    for item in chosen[:3]:
        builder.add(item)
    if not builder.sentences:
        builder.sentences.append("The fact base does not say who held the presidency then.")
        return builder.build(confidence=score.NOT_FOUND, answered=False)
    if not dates:
        general = with_topics(catalog.facts_of.get(catalog.organization.id, []), "presidency")
        for item in general[:1]:
            builder.add(item)
    builder.suggestions.append("Who is the Secretary General?")
    return builder.build(confidence=score.DERIVED)
