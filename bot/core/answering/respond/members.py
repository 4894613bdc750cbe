"""Membership answers: who is in, who left and when, status at a date, observers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.core.answering import confidence as score
from bot.core.answering.compose import AnswerBuilder
from bot.core.answering.respond import (
    Request,
    by_date,
    relevant_disputes,
    spoken_list,
    with_topics,
)
from bot.core.answering.respond.filters import negated, read_filter
from bot.core.api import Answer, Section
from bot.core.knowledge.catalog import FactItem
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Country, MembershipEvent
from bot.core.language.lexicon import CUES, LEXICON, MEMBER_WORDS, STOPWORDS
from bot.core.language.linking import name_words
from bot.core.language.normalize import tokens
from bot.core.language.occasions import occasion_index
from bot.core.language.temporal import is_date_word

_COUNT_WORDS = LEXICON.words("count")
# Every way of saying not ("isn't", "aren't"), wider than the list filters' own negation.
_NOT = LEXICON.words("negations") - {"no"}
_FOUNDER_WORDS = LEXICON.words("founders") | frozenset(["signatories", "signatory", "signed"])
_NOW_WORDS = LEXICON.words("still") | frozenset(["current", "todays", "present"])
_LISTED = LEXICON.words("list") | LEXICON.words("several_things")
_CUE_WORDS = frozenset(word for cue in CUES.values() for word in cue)
_DISPUTE_CUE = {
    "member.joined": "join",
    "member.left": "leave",
    "member.rejoined": "return",
    "member.suspended": "suspend",
    "member.status": "status",
}
OUT = {"left", "suspended"}
MEMBER_STATUSES = {"member", "member-frozen"}


def _counts_other(request: Request) -> bool:
    """ "How many peacekeepers can it field": the thing counted, the word after the count word,
    is something other than member states, so the member count is no answer."""
    words = request.reading.corrected
    org = name_words(request.catalog, request.catalog.organization.id) | set(tokens(request.org))
    for index, word in enumerate(words[:-1]):
        if word not in _COUNT_WORDS:
            continue
        # "How many current member states": a member word among the next few counts members.
        content = request.reading.content - STOPWORDS - org
        after = [w for w in words[index + 1 :] if w in content][:3]
        if not after or any(_member_like(w) for w in after):
            return False
        # A word the lexicon knows ("how many now", "how many in 2020") says nothing counted.
        return not (after[0] in _CUE_WORDS or is_date_word(after[0]))
    return False


def _member_like(word: str) -> bool:
    """A member word in any of its forms: "членов" and "стран" are inflected "член", "страны"."""
    return any(
        word == known or (len(known) >= 4 and (word.startswith(known) or known.startswith(word)))
        for known in MEMBER_WORDS | _LISTED
    )


def _country(request: Request, entity_id: str) -> Country | None:
    entity = request.catalog.entities.get(entity_id)
    return entity if isinstance(entity, Country) else None


def _events(request: Request, country: Country, *kinds: str) -> list[FactItem]:
    items = request.catalog.section(country.id, "membership")
    return [item for item in items if getattr(item.fact, "event", None) in kinds]


def state_at(country: Country, day: dt.date) -> str | None:
    """'member', 'frozen' or None: the country's membership on a given day, from its events."""
    state: str | None = None
    for event in country.membership:
        if event.date.last_day > day:
            break
        if event.event in {"joined", "rejoined"}:
            state = "member"
        elif event.event == "frozen":
            state = "frozen"
        elif event.event in OUT:
            state = None
    return state


def _status_line(builder: AnswerBuilder, country: Country) -> str:
    """'Georgia: Georgia is a former member; ...': a country's status as a cited list item."""
    text = f"{country.name}: {country.status.text}"
    return builder.cite(country.status, f"{country.id}/status", text)


def members_now(request: Request) -> list[Country]:
    """Countries whose recorded status is member (frozen participation included)."""
    return [c for c in request.catalog.countries() if c.status.value in MEMBER_STATUSES]


def list_members(request: Request, count_only: bool = False) -> Answer:
    """The current members, with their statuses cited."""
    builder = request.builder("member.count" if count_only else "member.list")
    ordered = None if count_only else _change_in_order(request, builder)
    if ordered is not None:
        return ordered
    if count_only and _counts_other(request):
        builder.sentences.append("The fact base does not give that number, so I won't guess.")
        return builder.build(confidence=score.NOT_FOUND, answered=False)
    members = members_now(request)
    names = [country.name for country in members]
    frozen = [country for country in members if country.status.value == "member-frozen"]
    lead = f"The {request.org} has {len(members)} member states: {spoken_list(names)}."
    if count_only:
        count = f"{len(members)} ({_number_word(len(members))})"
        lead = f"The {request.org} has {count} member states: {spoken_list(names)}."
    builder.sentences.append(lead)
    for country in frozen:
        builder.sentences.append(builder.cite(country.status, f"{country.id}/status"))
    for country in members:
        if country not in frozen:
            builder.items.append(_status_line(builder, country))
    builder.entities.extend(country.id for country in members)
    if request.reading.has("earlier") or request.reading.has("former"):
        _former_too(request, builder)
    builder.suggestions.extend(["Who are the former members?", "Who are the observers?"])
    return builder.build(confidence=score.LISTED)


def _former_too(request: Request, builder: AnswerBuilder) -> None:
    """'The members now and before': the states that were members once, after those of today."""
    former = [c for c in request.catalog.countries() if c.status.value in {"former", "suspended"}]
    if not former:
        return
    builder.sentences.append(
        f"Earlier members no longer in the {request.org}: {spoken_list([c.name for c in former])}."
    )
    for country in former:
        builder.items.append(_status_line(builder, country))
    builder.entities.extend(country.id for country in former)


# "The last country to join", "the first to leave": one end of the membership changes.
_LAST = frozenset({"last", "latest", "recent", "newest"})
_FIRST = frozenset({"first", "earliest"})
_CHANGES = {"join": ("joined", "rejoined"), "leave": ("left", "suspended")}


def _change_in_order(request: Request, builder: AnswerBuilder) -> Answer | None:
    """ "Which country joined last", "the first state to leave": the states whose change of
    that kind is the latest (or earliest) recorded, with its fact; None when no end or no one
    kind of change is asked, or a date is (the changes of then are asked)."""
    last, first = request.reading.has_any(_LAST), request.reading.has_any(_FIRST)
    kinds = [kind for kind in _CHANGES if request.reading.has(kind)]
    # "Which members didn't sign up at first": those outside the first signing, not it.
    negative = negated(request.reading) or request.reading.has_any(_NOT)
    if last == first or len(kinds) != 1 or request.understanding.dates or negative:
        return None
    events = [
        (item.fact.date, country, item)
        for country in request.catalog.countries()
        for item in _events(request, country, *_CHANGES[kinds[0]])
        if isinstance(item.fact, MembershipEvent)
    ]
    if not events:
        return None
    ends = [event.first_day for event, _, _ in events]
    end = max(ends) if last else min(ends)
    chosen = [(date, country, item) for date, country, item in events if date.first_day == end]
    names = spoken_list(list(dict.fromkeys(country.name for _, country, _ in chosen)))
    again = all(_event(item) in {"rejoined", "suspended"} for _, _, item in chosen)
    verb = kinds[0]
    if again:
        verb = "rejoin" if kinds[0] == "join" else "be suspended from"
    builder.sentences.append(
        f"{names} {'was' if len(chosen) == 1 else 'were'} the {'last' if last else 'first'} "
        f"to {verb} the {request.org}, as the fact base records it ({chosen[0][0].human()})."
    )
    for _, country, item in chosen:
        builder.items.append(builder.cite(item.fact, item.id))
        builder.entities.append(country.id)
    # A return is a join again: the last first-time accession is told too.
    if last and all(_event(item) == "rejoined" for _, _, item in chosen):
        joins = [(d, c, i) for d, c, i in events if _event(i) == "joined"]
        if joins:
            date, country, item = max(joins, key=lambda event: event[0].first_day)
            builder.sentences.append(
                f"The last to join for the first time was {country.name} ({date.human()})."
            )
            builder.items.append(builder.cite(item.fact, item.id))
            builder.entities.append(country.id)
    return builder.build(confidence=score.DESCRIBED)


def _number_word(number: int) -> str:
    words = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    ]
    return words[number] if number < len(words) else str(number)


def _first_joins(request: Request) -> dict[str, MembershipEvent]:
    """Each state's first membership event, when that was joining."""
    return {
        country.id: country.membership[0]
        for country in request.catalog.countries()
        if country.membership and country.membership[0].event == "joined"
    }


def _founder_ids(request: Request) -> set[str]:
    """The states that joined on the first day anyone did."""
    firsts = _first_joins(request)
    if not firsts:
        return set()
    earliest = min(event.date.first_day for event in firsts.values())
    return {cid for cid, event in firsts.items() if event.date.first_day == earliest}


def original_members(request: Request) -> Answer:
    """The states that joined on the first day anyone did: the treaty's original signatories."""
    builder = request.builder("member.original")
    firsts = _first_joins(request)
    if not firsts:
        builder.sentences.append("The fact base records no membership history.")
        return builder.build(confidence=score.NOT_FOUND, answered=False)
    earliest = min(event.date.first_day for event in firsts.values())
    founders = [
        c
        for c in request.catalog.countries()
        if c.id in firsts and firsts[c.id].date.first_day == earliest
    ]
    when = firsts[founders[0].id].date.human()
    if _members_not_founders(request.reading.corrected):
        return _joined_later(request, builder, founders, when)
    named = spoken_list([c.name for c in founders])
    wanted = read_filter(request.catalog, request.reading, request.cities)
    if wanted.still or _asks_out(request):
        # "Which founders are still members": the founders split by where they stand now.
        founders = _still_in(request, builder, founders, when)
    elif request.reading.has("count"):  # "how many founding members": the number leads
        builder.sentences.append(
            f"{len(founders)} states were the original signatories ({when}): {named}."
        )
    else:
        builder.sentences.append(f"The original signatories ({when}) were {named}.")
    for country in founders:
        builder.items.append(builder.cite(firsts[country.id], f"{country.id}/membership/0"))
        if wanted.still or _asks_out(request):
            builder.items.append(_status_line(builder, country))
    builder.entities.extend(country.id for country in founders)
    return builder.build(confidence=score.DESCRIBED)


def _members_not_founders(words: tuple[str, ...]) -> bool:
    """'Which of today's members were not original signatories': members (or today) said before
    the negation and the founders after it, so today's members outside the founders are asked;
    "which original members are no longer in" asks the founders outside today's members."""
    negation = next((i for i, word in enumerate(words) if word in _NOT), None)
    if negation is None:
        return False
    before, after = words[:negation], words[negation + 1 :]
    return (
        not (MEMBER_WORDS | _NOW_WORDS).isdisjoint(before)
        and _FOUNDER_WORDS.isdisjoint(before)
        and not _FOUNDER_WORDS.isdisjoint(after)
    )


def _joined_later(
    request: Request, builder: AnswerBuilder, founders: list[Country], when: str
) -> Answer:
    """Today's members that were not original signatories, each with the day it joined."""
    later = [c for c in members_now(request) if c not in founders]
    if not later:
        builder.sentences.append(f"Every {request.org} member today was an original signatory.")
        return builder.build(confidence=score.DESCRIBED)
    builder.sentences.append(
        f"Of today's {request.org} members, {spoken_list([c.name for c in later])} "
        f"{'was not an original signatory' if len(later) == 1 else 'were not original signatories'}"
        f" ({when})."
    )
    for country in later:
        steps = enumerate(country.membership)
        found = next(((i, e) for i, e in steps if e.event == "joined"), None)
        if found is not None:
            index, joined = found
            builder.sentences.append(builder.cite(joined, f"{country.id}/membership/{index}"))
    builder.entities.extend(country.id for country in later)
    return builder.build(confidence=score.DESCRIBED)


def _asks_out(request: Request) -> bool:
    """ "Which founders never stayed", "isn't a member", "no longer members": those now out."""
    return (
        negated(request.reading) or request.reading.has_any(_NOT) or request.reading.has("former")
    )


def _still_in(
    request: Request, builder: AnswerBuilder, founders: list[Country], when: str
) -> list[Country]:
    """Lead with the founders that are (or, asked with "not", are not) members today."""
    inside = [c for c in founders if c.status.value in MEMBER_STATUSES]
    outside = [c for c in founders if c not in inside]
    if _asks_out(request):
        lead = (
            f"Of the original signatories ({when}), {spoken_list([c.name for c in outside])} "
            f"{'is no longer a' if len(outside) == 1 else 'are no longer'} {request.org} "
            f"{'member' if len(outside) == 1 else 'members'}."
            if outside
            else f"Every original signatory ({when}) is still a {request.org} member."
        )
        builder.sentences.append(lead)
        return outside
    builder.sentences.append(
        f"Of the {len(founders)} original signatories ({when}), {len(inside)} are still "
        f"{request.org} members: {spoken_list([c.name for c in inside])}."
    )
    if outside:
        builder.sentences.append(f"No longer members: {spoken_list([c.name for c in outside])}.")
    return founders


def former_members(request: Request) -> Answer:
    """Countries that left or whose membership is suspended (in a given year, if one is named)."""
    builder = request.builder("member.former")
    ordered = _change_in_order(request, builder)
    if ordered is not None:
        return ordered
    former = [c for c in request.catalog.countries() if c.status.value in {"former", "suspended"}]
    if _founders_asked(request):
        # "Which ex-members were not original signatories": the founders split the list, and
        # the founding year named with them ("the 1992 treaty") is no year anyone left in.
        if negated(request.reading) or request.reading.has_any(_NOT):
            return _former_not_founders(request, builder, former)
        return original_members(request)  # "which founders are no longer members"
    dates = request.understanding.dates
    if dates:
        leavers = []
        for country in request.catalog.countries():
            for item in _events(request, country, "left", "suspended"):
                if item.in_years(dates):
                    builder.items.append(builder.cite(item.fact, item.id))
                    leavers.append(country)
        names = spoken_list([c.name for c in dict.fromkeys(leavers)])
        years = ", ".join(d.human() for d in dates)
        builder.sentences.append(
            f"In {years}, {names} left the {request.org}."
            if leavers
            else f"The fact base records no member leaving in {years}."
        )
        builder.entities.extend(c.id for c in leavers)
        return builder.build(
            confidence=score.DESCRIBED if leavers else score.NOT_FOUND, answered=bool(leavers)
        )
    if request.reading.has("return"):
        return _returned(request, builder)
    if _now_asked_first(request):
        # "How many are in it now, and how many used to be": today's members first.
        members = members_now(request)
        builder.sentences.append(
            f"The {request.org} has {len(members)} ({_number_word(len(members))}) member states "
            f"now: {spoken_list([c.name for c in members])}."
        )
        builder.entities.extend(country.id for country in members)
    builder.sentences.append(
        f"The {request.org} has {len(former)} former members: "
        f"{spoken_list([c.name for c in former])}."
    )
    for country in former:
        builder.items.append(_status_line(builder, country))
    builder.entities.extend(country.id for country in former)
    builder.suggestions.append(f"Who are the members of the {request.org}?")
    return builder.build(confidence=score.LISTED)


def _founders_asked(request: Request) -> bool:
    """ "The founders", or the signers of the founding year ("put their names to the 1992
    treaty"): the original signatories are meant, and the year is theirs."""
    if request.reading.has("founders"):
        return True
    dates = request.understanding.dates
    firsts = _first_joins(request)
    if not dates or not firsts or not request.reading.has("join"):
        return False
    founded = min(event.date.first_day for event in firsts.values()).year
    return all(date.year == founded for date in dates)


def _former_not_founders(request: Request, builder: AnswerBuilder, former: list[Country]) -> Answer:
    """The former members that joined after the original signatories did."""
    founders = _founder_ids(request)
    later = [c for c in former if c.id not in founders]
    if not later:
        builder.sentences.append(
            f"Every former {request.org} member was an original signatory of the treaty."
        )
        return builder.build(confidence=score.NONE_IN_LIST)
    names = spoken_list([c.name for c in later])
    builder.sentences.append(
        f"Of the {len(former)} former {request.org} members, {names} "
        f"{'was' if len(later) == 1 else 'were'} not among the original signatories and joined "
        "later."
    )
    for country in later:
        for item in _events(request, country, "joined"):
            builder.add_item(item)
        builder.items.append(_status_line(builder, country))
    builder.entities.extend(country.id for country in later)
    return builder.build(confidence=score.LISTED)


def _now_asked_first(request: Request) -> bool:
    """The present is asked as a part of its own, before the past ("in it now, and who used to
    be"); "which are no longer members today" only dates the former members."""
    words = request.reading.corrected
    now = [i for i, word in enumerate(words) if word in _STILL]
    before = [i for i, word in enumerate(words) if word in _FORMER]
    return bool(now and before) and now[0] < before[0] and not negated(request.reading)


_STILL = LEXICON.words("still")
_FORMER = LEXICON.words("former")


def _returned(request: Request, builder: AnswerBuilder) -> Answer:
    """Members that left and came back, or (asked with "never") left and stayed out."""
    leavers = [c for c in request.catalog.countries() if _events(request, c, "left", "suspended")]
    back = [c for c in leavers if _events(request, c, "rejoined")]
    never = negated(request.reading)
    chosen = [c for c in leavers if c not in back] if never else back
    verb = "left and never came back" if never else "left and later came back"
    if not chosen:
        builder.sentences.append(f"The fact base records no member that {verb}.")
        return builder.build(confidence=score.NONE_IN_LIST)
    builder.sentences.append(
        f"{spoken_list([c.name for c in chosen])} {verb} ({len(chosen)} of the "
        f"{len(leavers)} states that left the {request.org})."
    )
    for country in chosen:
        for item in _events(request, country, "left", "rejoined", "suspended"):
            builder.add_item(item)
        builder.sentences.append(builder.cite(country.status, f"{country.id}/status"))
    builder.entities.extend(country.id for country in chosen)
    return builder.build(confidence=score.LISTED)


def observers(request: Request) -> Answer:
    """Observers and partners, and the organization-wide facts about those statuses."""
    builder = request.builder("member.observers")
    holders = [c for c in request.catalog.countries() if c.status.value in {"observer", "partner"}]
    org = request.catalog.organization.id
    general = with_topics(request.catalog.related(org), "observers", "partners")
    for item in general[:3]:
        builder.add(item)
    for country in holders:
        builder.items.append(_status_line(builder, country))
    builder.entities.extend(country.id for country in holders)
    return builder.build(confidence=score.DESCRIBED)


def members_at(request: Request, date: PartialDate) -> Answer:
    """Members on a date: at the end of the period named, with changes during it."""
    builder = request.builder("member.at_date")
    day = min(date.last_day, request.today)
    inside = [c for c in request.catalog.countries() if state_at(c, day)]
    if date.first_day > request.today:
        builder.sentences.append(
            f"{date.human()} is in the future; here are the members as of today."
        )
    if not inside:
        builder.sentences.append(f"The fact base records no members in {date.human()}.")
        return builder.build(confidence=score.NOT_FOUND, answered=False)
    when = date.human() if date.day else f"the end of {date.human()}"
    _joined_in(request, builder, date)
    builder.sentences.append(
        f"At {when}, the {len(inside)} members were {spoken_list([c.name for c in inside])}."
    )
    for country in request.catalog.countries():
        for item in request.catalog.section(country.id, "membership"):
            fact = item.fact
            changed = getattr(fact, "event", "step") != "step"
            if changed and fact.date and date.overlaps(fact.date):
                builder.items.append(builder.cite(fact, item.id))
        joined = [
            e
            for e in _events(request, country, "joined", "rejoined")
            if e.fact.date and e.fact.date.last_day <= day
        ]
        if state_at(country, day) and joined:
            builder.items.append(builder.cite(joined[-1].fact, joined[-1].id))
    builder.entities.extend(country.id for country in inside)
    return builder.build(confidence=score.DESCRIBED)


# "Which had joined by 1995": the members then; "which joined in 1993": those joining then.
_UP_TO = LEXICON.words("span_until") | LEXICON.words("span_before") | {"by", "since"}


def _joined_in(request: Request, builder: AnswerBuilder, date: PartialDate) -> None:
    """ "Which countries joined in 1993": lead with the states that joined in the period, before
    the members at its end, which alone answer who was in, not who came in."""
    if not request.reading.has("join") or request.reading.has_any(_UP_TO):
        return
    joiners = [
        country.name
        for country in request.catalog.countries()
        for item in _events(request, country, "joined", "rejoined")
        if item.in_years([date]) and (not date.month or item.in_months([date]))
    ]
    builder.sentences.append(
        f"In {date.human()}, {spoken_list(list(dict.fromkeys(joiners)))} joined the {request.org}."
        if joiners
        else f"The fact base records no state joining the {request.org} in {date.human()}."
    )


def _event(item: FactItem) -> str:
    return str(getattr(item.fact, "event", ""))


def _status_at_date(
    request: Request, builder: AnswerBuilder, country: Country, events: list[FactItem]
) -> None:
    """ "Was Georgia a member in 1998?": its state on that day, from its membership events."""
    date = request.understanding.dates[0]
    state = state_at(country, min(date.last_day, request.today))
    verdict = {
        "member": "was a member",
        "frozen": "was a member with its participation frozen",
    }.get(state or "", "was not a member")
    builder.sentences.append(f"In {date.human()}, {country.name} {verdict} of the {request.org}.")
    for item in events:
        builder.add_item(item)


_YES_NO = LEXICON.words("yes_no_openers")
# Is it a member, by its recorded status: the first words of a yes/no answer.
_VERDICT = {
    "member": "Yes.",
    "member-frozen": "Formally yes, but its participation is frozen.",
    "suspended": "No, its membership is suspended.",
    "former": "No, not any more.",
}


def _is_member(
    request: Request, builder: AnswerBuilder, country: Country, events: list[FactItem]
) -> None:
    """ "Is Armenia a member?": yes or no from its status, with the events that qualify it."""
    status = country.status
    joined = [item for item in events if _event(item) in _WANTED["member.joined"]]
    if request.reading.has("ever") and joined:
        # "Was it ever a member", "it was never part of the CSTO": whether it has belonged at
        # all, which its accession says (the status today would answer another question).
        for item in joined:
            builder.add(item)
    elif not request.reading.has("interrogatives") or _YES_NO & set(request.reading.words[:1]):
        # A yes/no question gets its verdict first; "when did it ..." gets the dated status.
        builder.sentences.append(_VERDICT.get(status.value, "No."))
    builder.sentences.append(builder.cite(status, f"{country.id}/status"))
    for item in events:
        if _event(item) in {"left", "suspended", "frozen"}:
            builder.add(item)
    if status.value in OUTSIDERS:
        builder.sentences.append(f"{country.name} is not a member of the {request.org}.")


_WANTED = {
    "member.joined": ("joined", "rejoined"),
    "member.left": ("left", "suspended"),
    "member.suspended": ("suspended", "frozen"),
    "member.rejoined": ("rejoined",),
}
_NOUN = {
    "member.joined": "joining",
    "member.left": "departure",
    "member.suspended": "suspension",
    "member.rejoined": "return",
}
OUTSIDERS = {"observer", "partner", "non-member"}
# "Has it left?" of a state whose status says it is still in: the first words of the answer.
_NOT_LEFT = {
    "member-frozen": "{state} has not formally left the {org}: its participation is frozen."
}


def _chosen_events(intent: str, country: Country, events: list[FactItem]) -> list[FactItem]:
    """The membership events a joined/left/suspended/rejoined question asks about."""
    if intent == "member.left" and country.status.value == "member-frozen":
        return [item for item in events if _event(item) in {"frozen", "step"}]
    chosen = [item for item in events if _event(item) in _WANTED[intent]]
    if intent == "member.joined" and not chosen:
        return [item for item in events if _event(item) == "step"][:1]
    return chosen


def _membership_event(
    request: Request, builder: AnswerBuilder, country: Country, events: list[FactItem]
) -> None:
    """ "When did Uzbekistan leave?": the events asked about, or what is known instead."""
    intent = request.understanding.intent
    status = country.status
    chosen = _chosen_events(intent, country, events)
    yes_no = _YES_NO & set(request.reading.words[:1]) or not request.reading.has("interrogatives")
    if intent == "member.left" and yes_no:
        _not_left(request, builder, country)
    nth = occasion_index(request.reading.corrected)
    if nth is not None and -len(chosen) <= nth < len(chosen):
        # "When did it drop out the second time": that step leads, the others follow.
        picked = chosen[nth]
        chosen = [picked, *(item for item in chosen if item is not picked)]
    if intent == "member.left" and chosen and request.reading.has("join"):
        # "Joined when, and when did it walk away": both steps are asked, the accession first.
        chosen = [*_chosen_events("member.joined", country, events), *chosen]
    if chosen and _asks_how_often(request):
        builder.sentences.append(_how_often(intent, country, chosen))
    for item in chosen:
        builder.add(item)
    if not chosen:
        builder.sentences.append(_no_event(request, country, events))
        builder.sentences.append(builder.cite(status, f"{country.id}/status"))
        join_words = LEXICON.words("joined_as")
        for item in request.catalog.related(country.id):
            if item.section != "membership" and join_words & set(tokens(item.fact.text)):
                builder.add(item)
    if intent == "member.joined" and status.value in {"former", "suspended"}:
        builder.sentences.append(builder.cite(status, f"{country.id}/status"))


# "How many times has Uzbekistan walked away": the steps the records count, in words.
_STEPS_COUNTED = {
    "member.joined": "joined or rejoined",
    "member.left": "left or had its membership suspended",
    "member.suspended": "had its membership suspended or frozen",
    "member.rejoined": "came back",
}


def _asks_how_often(request: Request) -> bool:
    """The question counts a state's steps ("how many times", "how often"), not states."""
    words = set(request.reading.words)
    # "Times", not "time": "how many left at the same time" counts states.
    counted = request.reading.has("count") and not LEXICON.words("occasions").isdisjoint(words)
    return counted or ("how" in words and "often" in words)


def _how_often(intent: str, country: Country, chosen: list[FactItem]) -> str:
    """'Uzbekistan left or had its membership suspended two times: in 1999 and 2012.'"""
    dated = [item.date for item in chosen if item.date is not None]
    times = len(chosen)
    # A number in words ("two times", not "twice"): the check of a count asked reads numbers.
    said = "once" if times == 1 else f"{_number_word(times)} times"
    years = [str(date.year) for date in dated]
    when = f": in {', '.join(years[:-1])} and {years[-1]}" if len(years) > 1 else ""
    return f"{country.name} {_STEPS_COUNTED[intent]} {said}{when}."


def _not_left(request: Request, builder: AnswerBuilder, country: Country) -> None:
    """'Has Armenia quit?' of a state that is still a member, if only in form: the verdict and
    its recorded status first, so that a frozen participation is not read as a departure."""
    verdict = _NOT_LEFT.get(country.status.value)
    if verdict is not None:
        builder.sentences.append(verdict.format(state=country.name, org=request.org))
        builder.sentences.append(builder.cite(country.status, f"{country.id}/status"))


def _no_event(request: Request, country: Country, events: list[FactItem]) -> str:
    """The premise corrected first: a state outside with no membership record never belonged
    (the records cover every state that has); otherwise the step asked about is not recorded."""
    intent = request.understanding.intent
    if not events and country.status.value in OUTSIDERS:
        return (
            f"{country.name} is not a member of the {request.org} and has never been one: "
            f"the fact base records no {_NOUN[intent]} for it."
        )
    undone = _NOT_DONE.get((intent, country.status.value))
    if undone:
        noun = _NOUN[intent]
        return f"{country.name} {undone} the {request.org}: the fact base records no {noun}."
    return f"The fact base records no {_NOUN[intent]} for {country.name}."


# A step the membership records would hold if it had happened, by the state's status now.
_NOT_DONE = {
    ("member.rejoined", "former"): "has not rejoined",
    ("member.rejoined", "suspended"): "has not rejoined",
    ("member.left", "member"): "has not left",
}


def _status(
    request: Request, builder: AnswerBuilder, country: Country, events: list[FactItem]
) -> None:
    """Its status, and for a non-member the facts that say how it relates to the treaty."""
    if _YES_NO & set(request.reading.words[:1]):
        builder.sentences.append(_VERDICT.get(country.status.value, "No."))  # lead with it
    builder.sentences.append(builder.cite(country.status, f"{country.id}/status"))
    if country.status.value in OUTSIDERS:
        for item in request.catalog.facts_of.get(country.id, [])[:2]:
            builder.add(item)


def _timeline(country: Country, events: list[FactItem]) -> Section:
    lines = []
    for item in events:
        date = item.fact.date.human() if item.fact.date else ""
        lines.append(f"{date}: {_event(item)}")
    return Section(title=f"{country.name}: membership timeline", lines=tuple(lines))


CountryPart = Callable[[Request, AnswerBuilder, Country, list[FactItem]], None]


def _part_for(request: Request) -> CountryPart:
    intent = request.understanding.intent
    if intent in {"member.is", "member.status"} and request.understanding.dates:
        return _status_at_date
    if intent == "member.is":
        return _is_member
    if intent in _WANTED:
        return _membership_event
    return _status


def country_answer(request: Request, entity_id: str) -> Answer:
    """Membership questions about one country: is it in, joined, left, suspended, status."""
    country = _country(request, entity_id)
    if country is None:
        return list_members(request)
    intent = request.understanding.intent
    builder = request.builder()
    events = by_date(request.catalog.section(country.id, "membership"))
    _part_for(request)(request, builder, country, events)
    for other in _compared_with(request, country):
        # "Did Azerbaijan join on the same day as Belarus": the same step of each state named,
        # so that the two can be compared.
        _membership_event(
            request, builder, other, by_date(request.catalog.section(other.id, "membership"))
        )
    for other in _also_asked(request, country):
        # "Are Armenia and Belarus members?": each state named gets its own verdict.
        verdict = _VERDICT.get(other.status.value, "No.")
        builder.sentences.append(f"{other.name}: {verdict[0].lower()}{verdict[1:]}")
        builder.sentences.append(builder.cite(other.status, f"{other.id}/status"))
    for dispute in relevant_disputes(request, country.id, (), cue=_DISPUTE_CUE.get(intent)):
        builder.add_dispute(dispute)
    if events and (intent not in _WANTED or request.reading.has("timeline")):
        # A status or overview is told by its timeline; "when did it leave" by its event alone.
        builder.sections.append(_timeline(country, events))
    builder.suggestions.extend(_country_suggestions(request, country, intent))
    return builder.build(confidence=score.RECORD)


def _compared_with(request: Request, country: Country) -> list[Country]:
    """The other states a question asking one membership step names ("did Azerbaijan join on
    the same day as Belarus", "did Armenia leave before Georgia"): each one's step is asked."""
    if request.understanding.intent not in _WANTED:
        return []
    return _others_named(request, country)


def _also_asked(request: Request, country: Country) -> list[Country]:
    """The other states a yes/no question of membership names ("are Armenia and Belarus
    members?"); none at a date, whose answer is the membership then."""
    understanding = request.understanding
    if understanding.intent != "member.is" or understanding.dates:
        return []
    return _others_named(request, country)


def _others_named(request: Request, country: Country) -> list[Country]:
    """The states the question itself names besides the one answered for."""
    if request.understanding.from_memory:
        return []
    named = dict.fromkeys(m.entity_id for m in request.reading.mentions if not m.external)
    others = (_country(request, entity_id) for entity_id in named if entity_id != country.id)
    return [other for other in others if other is not None]


def _country_suggestions(request: Request, country: Country, intent: str) -> list[str]:
    options = {
        "member.joined": f"When did {country.name} join the {request.org}?",
        "member.left": f"When did {country.name} leave the {request.org}?",
        "member.status": f"What is {country.name}'s status in the {request.org}?",
    }
    if country.status.value not in {"former", "suspended", "member-frozen"}:
        options.pop("member.left")
    return [text for key, text in options.items() if key != intent][:2]


def not_a_member(request: Request, name: str, recognised: bool = True) -> Answer:
    """Closed world: a state the fact base has no membership record for is not a member."""
    builder = request.builder("member.is")
    members = members_now(request)
    former = [c for c in request.catalog.countries() if c.status.value in {"former", "suspended"}]
    builder.sentences.append(
        f"No. {name} is not a member of the {request.org}, and it has never been one: the fact "
        "base's membership records cover every state that has belonged to the treaty."
        if recognised
        else f"I don't know a state called '{name}', but it is not a member of the {request.org}: "
        "the fact base's membership records cover every state that has belonged to the treaty."
    )
    builder.sentences.append(
        f"The members are {spoken_list([c.name for c in members])}; "
        f"the former members are {spoken_list([c.name for c in former])}."
    )
    org = request.catalog.organization.id
    for item in with_topics(request.catalog.related(org), "members")[:2]:
        builder.cite(item.fact, item.id)
    builder.suggestions.extend(
        [f"Who are the members of the {request.org}?", "Who are the observers?"]
    )
    # A name the bot cannot place may not be a state at all: say what is known, answer nothing.
    if not recognised:
        return builder.build(confidence=score.NOT_FOUND, answered=False)
    return builder.build(confidence=score.DESCRIBED)
