"""Answers about people: who they are, the roles they held, what they said or did."""

from __future__ import annotations

from bot.core.answering import confidence as score
from bot.core.answering.compose import AnswerBuilder
from bot.core.answering.detail import says_every_detail
from bot.core.answering.respond import Request, by_date, spoken_list
from bot.core.answering.respond.tenure import years_between
from bot.core.answering.retrieval import stem, stems
from bot.core.answering.select import held_on
from bot.core.api import Answer
from bot.core.knowledge.catalog import FactItem
from bot.core.knowledge.models import Person, Role
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import name_words
from bot.core.language.normalize import tokens
from bot.core.understanding.claims import puts_up_claim
from bot.core.understanding.doing import asks_doing
from bot.core.understanding.lengths import claimed_years

_BEFORE = LEXICON.words("earlier_years") | frozenset(["previously", "formerly"])
_AFTER = frozenset(["after", "since", "later", "afterwards"])
_TOOK_UP = LEXICON.words("took_up")


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
    if request.reading.has("count") and _count_roles(request, builder, person):
        return builder.build(confidence=score.SECTION)
    unrecorded = _unrecorded_career(request, person)
    if unrecorded is not None:
        # "What job did he have before becoming secretary general": the post itself is no answer.
        builder.sentences.append(unrecorded)
        return builder.build(confidence=score.NOT_FOUND, answered=False)
    refuted = _length_refuted(request, person)
    if refuted is not None:
        builder.sentences.append(refuted[0])
    builder.sentences.extend(_none_held_then(request, person))
    for place, (index, role) in enumerate(_named_first(request, person)[:3]):
        text = (
            f"{person.name}{origin}: {role.title}{_period(role)}"
            if place == 0
            else f"Also {role.title}{_period(role)}"
        )
        cited = builder.cite(role, f"{person.id}/roles/{index}", text)
        if intent == "person.roles" or place == 0:
            builder.sentences.append(cited)
    if not roles:
        builder.sentences.append(f"{person.name}.")
    for item in refuted[1] if refuted is not None else []:
        builder.add(item)  # how the term was cut short ("recalled and relieved")
    facts = by_date(request.catalog.related(person.id))
    dates = request.understanding.dates
    if dates:
        facts = [item for item in facts if item.in_years(dates)] or facts
    if intent == "person.statements":
        # What he said about the topic or at the event asked: those statements first.
        facts = [item for item in facts if says_every_detail(request, item.fact.text)] or facts
    if intent in {"person.statements", "person.overview"}:
        limit = 8 if intent == "person.statements" else 3
        for item in facts[:limit]:
            builder.add_item(item)
    builder.suggestions.append(f"What did {person.name} say about the {request.org}?")
    return builder.build(confidence=score.DESCRIBED)


def _none_held_then(request: Request, person: Person) -> list[str]:
    """'What position did Putin have in 2009', his post recorded only for 2016: that no post is
    recorded for the year asked, so the posts of other times are not passed off as its answer."""
    dates = request.understanding.dates
    if request.understanding.intent != "person.roles" or not dates or not person.roles:
        return []
    if any(held_on(role, date) for role in person.roles for date in dates):
        return []
    when = " or ".join(date.human() for date in dates)
    return [f"The fact base records no post of {person.name} in {when}."]


def _named_first(request: Request, person: Person) -> list[tuple[int, Role]]:
    """The roles with their record indices, those whose title the question names first ("until
    when was he secretary general" leads with that post, not his first one); in the record's
    order when no post is named, or when a post is named to ask what lies before or after it."""
    ordered = list(enumerate(person.roles))
    if _roles_outside_post(request, person) is not None:
        return ordered
    org = {stem(word) for word in name_words(request.catalog, request.catalog.organization.id)}
    asked = {stem(word) for word in request.reading.content} - org

    def named(role: Role) -> int:
        return len(asked & stems(role.title))

    then = request.understanding.then
    asked_dates = request.understanding.dates

    def held_when_asked(role: Role) -> bool:
        # "What post did Medvedev hold in 2016": the post recorded at the date asked leads.
        return any(held_on(role, date) for date in asked_dates)

    # Of posts named alike, the one held at the time in play ("until when?" after his second
    # acting term was given asks of that one).
    return sorted(
        ordered,
        key=lambda pair: (
            -named(pair[1]),
            not held_when_asked(pair[1]),
            not (then is not None and held_on(pair[1], then)),
        ),
    )


# A term is "full" within this share of a year of the length claimed (terms run to a summit).
_FULL_SLACK_YEARS = 0.25


def _length_refuted(request: Request, person: Person) -> tuple[str, list[FactItem]] | None:
    """A claim that the person held a post for some years ("served a full three-year term as
    secretary general, true?") that every recorded term in that post falls short of: the "No"
    with how long they held it, and the facts dated at its end (how it was cut short)."""
    if not puts_up_claim(request.reading.original):
        return None
    words = tokens(request.reading.original)
    years = claimed_years(words)
    if years is None:
        return None
    org = {*tokens(request.catalog.organization.abbreviation), *tokens(request.org)}
    posts = [
        role
        for role in person.roles
        if role.start is not None
        and role.end is not None
        and set(tokens(role.title)) - org <= set(words)
    ]
    if not posts:
        return None
    held = [
        years_between(role.start.first_day, role.end.last_day)
        for role in posts
        if role.end and role.start
    ]
    if max(held) >= years - _FULL_SLACK_YEARS:
        return None
    role = posts[held.index(max(held))]
    assert role.start is not None and role.end is not None
    verdict = (
        f"No: {person.name} was {role.title} from {role.start.human()} to {role.end.human()},"
        f" about {max(held):.1f} years, not {years}."
    )
    ended = [
        item
        for item in request.catalog.related(person.id)
        if item.fact.date is not None
        and role.end.first_day <= item.fact.date.first_day <= role.end.last_day
        and (role.body is None or role.body in item.fact.about)
    ]
    return verdict, ended


def asks_earlier_post(request: Request) -> bool:
    """ "What job did he have before becoming secretary general", of a person whose roles the
    record holds: the record's answer (or its "none recorded") is final; a search would only
    find the post itself."""
    person = _person_asked(request)
    return person is not None and _roles_outside_post(request, person) is not None


def unrecorded_career(request: Request) -> str | None:
    """What to say when a person's roles hold nothing before or after the post asked ("what did
    he do before the CSTO", "after he stopped being secretary general"): the record of the post
    itself is no answer. None when other roles are recorded, or no such thing is asked."""
    person = _person_asked(request)
    return _unrecorded_career(request, person) if person is not None else None


def _person_asked(request: Request) -> Person | None:
    """The first person among the question's subjects."""
    for subject in request.understanding.subjects:
        entity = request.catalog.entities.get(subject)
        if isinstance(entity, Person):
            return entity
    return None


def _unrecorded_career(request: Request, person: Person) -> str | None:
    outside = _roles_outside_post(request, person)
    if outside is None or outside[1]:
        return None
    return (
        f"The fact base records no post of {person.name} {outside[0]} that one, so I won't guess."
    )


def _roles_outside_post(request: Request, person: Person) -> tuple[str, list[Role]] | None:
    """ "What did he do before becoming secretary general", "what did he do after he left": the
    side asked ("before", "after") and his roles on that side of the post (None when no such
    thing is asked, or the post's dates do not settle it). The post is the one of his roles the
    question names best, else, named by the organization or not at all, his roles in it. Only
    a dated role lies on a side of it."""
    words = set(request.reading.corrected)
    doing = asks_doing(request.reading.corrected)
    before, after = not words.isdisjoint(_BEFORE), not words.isdisjoint(_AFTER)
    if before == after or not (doing or (before and not words.isdisjoint(_TOOK_UP))):
        return None
    if not doing and request.reading.has("who"):
        return None  # "who headed the secretariat before Masadykov took office": a holder asked
    org = {stem(word) for word in name_words(request.catalog, request.catalog.organization.id)}
    asked = {stem(word) for word in words}
    overlap = {
        index: len((stems(role.title) - org) & asked) for index, role in enumerate(person.roles)
    }
    best = max(overlap.values(), default=0)
    # The post named best ("secretary general", not the "General Staff" sharing one word).
    posts = [role for index, role in enumerate(person.roles) if best and overlap[index] == best]
    if not posts and doing:  # "before the csto": his posts in it
        posts = [role for role in person.roles if role.body is not None]
    if not posts or any(role.start is None for role in posts):
        return None
    others = [role for role in person.roles if role not in posts]
    if before:
        began = min(role.start.first_day for role in posts if role.start)
        return "before", [r for r in others if r.start is not None and r.start.first_day < began]
    if any(role.end is None for role in posts):
        return None  # a post still held has no after
    ended = max(role.end.last_day for role in posts if role.end)
    return "after", [r for r in others if r.start is not None and r.start.last_day > ended]


def _count_roles(request: Request, builder: AnswerBuilder, person: Person) -> bool:
    """ "How many times was he acting secretary general": the terms of the post asked, counted.

    A post is asked when a word of its title other than the organization's name is in the
    question; the number leads, then each term with its dates.
    """
    org = {stem(word) for word in name_words(request.catalog, request.catalog.organization.id)}
    asked = {stem(word) for word in request.reading.corrected}
    terms = [
        (index, role)
        for index, role in enumerate(person.roles)
        if (stems(role.title) - org) & asked and (role.start or role.end)
    ]
    titles = {role.title for _, role in terms}
    if not terms or len(titles) > 1:
        return False  # no post asked, or several: the roles as usual say more
    times = {1: "once", 2: "twice"}.get(len(terms), f"{len(terms)} times")
    spans = spoken_list([_period(role).strip(" ()") for _, role in terms])
    markers = "".join(
        builder.cite(role, f"{person.id}/roles/{index}", role.title).rsplit(" ", 1)[-1]
        for index, role in terms
    )
    builder.sentences.append(
        f"{person.name} was {terms[0][1].title} {times}: {spans}. {markers}".rstrip()
    )
    builder.entities.append(person.id)
    return True
