"""Answers about people: who they are, the roles they held, what they said or did."""

from __future__ import annotations

from bot.core.answering import confidence as score
from bot.core.answering.compose import AnswerBuilder
from bot.core.answering.detail import says_every_detail
from bot.core.answering.respond import Request, by_date, spoken_list
from bot.core.answering.retrieval import stem, stems
from bot.core.api import Answer
from bot.core.knowledge.models import Person, Role
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import name_words

_BEFORE = LEXICON.words("earlier_years")
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
    earlier = _roles_before_post(request, person)
    if earlier is not None and not earlier:
        # "What job did he have before becoming secretary general": the post itself is no answer.
        builder.sentences.append(
            f"The fact base records no post of {person.name} before that one, so I won't guess."
        )
        return builder.build(confidence=score.NOT_FOUND, answered=False)
    for index, role in enumerate(person.roles[:3]):
        text = (
            f"{person.name}{origin}: {role.title}{_period(role)}"
            if index == 0
            else f"Also {role.title}{_period(role)}"
        )
        cited = builder.cite(role, f"{person.id}/roles/{index}", text)
        if intent == "person.roles" or index == 0:
            builder.sentences.append(cited)
    if not roles:
        builder.sentences.append(f"{person.name}.")
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


def asks_earlier_post(request: Request) -> bool:
    """ "What job did he have before becoming secretary general", of a person whose roles the
    record holds: the record's answer (or its "none recorded") is final; a search would only
    find the post itself."""
    subjects = request.understanding.subjects
    person = request.catalog.entities.get(subjects[0]) if subjects else None
    return isinstance(person, Person) and _roles_before_post(request, person) is not None


def _roles_before_post(request: Request, person: Person) -> list[Role] | None:
    """ "What did he do before becoming secretary general": his roles that began before the
    post asked (None when no earlier post is asked, or the post is not one of his)."""
    words = set(request.reading.corrected)
    if words.isdisjoint(_BEFORE) or words.isdisjoint(_TOOK_UP):
        return None
    org = {stem(word) for word in name_words(request.catalog, request.catalog.organization.id)}
    asked = {stem(word) for word in words}
    overlap = {
        index: len((stems(role.title) - org) & asked) for index, role in enumerate(person.roles)
    }
    best = max(overlap.values(), default=0)
    # The post named best ("secretary general", not the "General Staff" sharing one word).
    posts = [role for index, role in enumerate(person.roles) if best and overlap[index] == best]
    if not posts or any(role.start is None for role in posts):
        return None
    began = min(role.start.first_day for role in posts if role.start)
    return [
        role
        for role in person.roles
        if role not in posts and role.start is not None and role.start.first_day < began
    ]


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
