"""The registry of subject kinds: one entry per kind says what it is and who answers for it.

An entry names the kind's model (whose SECTIONS are its fact sections), how questions find its
subjects, the intents that apply to it, the responder for those intents and any intent with a
responder of its own. The engine dispatches through `HANDLERS`, built from these entries.
Adding a kind: its model in knowledge/models.py, its responder, and one entry here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from bot.core.answering import confidence as score
from bot.core.answering.respond import Request
from bot.core.answering.respond.candidates import each_candidate
from bot.core.answering.respond.conflicts import conflict_answer
from bot.core.answering.respond.exercises import exercise_answer, exercise_list
from bot.core.answering.respond.members import (
    country_answer,
    former_members,
    list_members,
    members_at,
    not_a_member,
    observers,
    original_members,
)
from bot.core.answering.respond.organization import (
    body_answer,
    office_holders_answer,
    org_answer,
    presidency_now,
)
from bot.core.answering.respond.people import person_answer
from bot.core.answering.respond.search import search_answer
from bot.core.answering.respond.succession import succession_answer
from bot.core.answering.respond.summits import clarify, next_summit, summit_answer, summit_list
from bot.core.answering.retrieval import Retriever
from bot.core.api import Answer
from bot.core.knowledge.models import (
    Body,
    Conflict,
    Country,
    Entity,
    Exercise,
    Organization,
    Person,
    Summit,
)
from bot.core.understanding.intent import Intent

Handler = Callable[[Request, Retriever], Answer | None]
SubjectResponder = Callable[[Request, str], Answer]
Ask = Callable[[Entity, str], str]  # a natural question about a subject, given the org's name


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of subject and everything the engine needs to answer about it."""

    model: type[Entity]
    family: str  # the prefix of its intents: "member" for member.joined
    found_by: tuple[str, ...]  # how questions name its subjects, for readers of this table
    respond: SubjectResponder  # answers the kind's intents about one subject
    ask: Ask  # the question suggested about one of its subjects
    handlers: Mapping[Intent, Handler] = field(default_factory=dict)  # intents with their own
    # Intents whose records answer before retrieval is tried ("what exercises were held in 2016").
    lists: frozenset[Intent] = frozenset()
    overview: Intent | None = None  # the intent describing one subject, if not <family>.overview

    @property
    def name(self) -> str:
        """The kind's name, as the catalog and autocomplete use it."""
        return self.model.KIND

    @property
    def sections(self) -> tuple[str, ...]:
        """The model's fact sections, in fact-id order."""
        return self.model.SECTIONS

    @property
    def describes(self) -> Intent:
        """The intent whose answer describes one subject in general (a lookup's answer)."""
        return self.overview or Intent(f"{self.family}.overview")

    @property
    def intents(self) -> frozenset[Intent]:
        """Every intent of the kind's family."""
        return frozenset(intent for intent in Intent if intent.family == self.family)

    def handler(self, intent: Intent) -> Handler:
        """The responder for one of the kind's intents."""
        own = self.handlers.get(intent)
        if own is not None:
            return own
        return lambda request, _: self.respond(request, _first(request))


def _ask_country(country: Entity, org: str) -> str:
    status = getattr(country, "status", None)
    if status is not None and status.value in {"former", "suspended"}:
        return f"When did {country.name} leave the {org}?"
    return f"Is {country.name} a member of the {org}?"


def _ask_what(entity: Entity, _: str) -> str:
    return f"What is the {entity.name}?"


def _first(request: Request) -> str:
    subjects = request.understanding.subjects
    return subjects[0] if subjects else ""


def _closed_world(request: Request, _: Retriever) -> Answer | None:
    external = request.understanding.external
    if not external:
        return None
    recognised = external[0].score >= score.RECOGNISED_NAME
    return not_a_member(request, external[0].entity_id, recognised=recognised)


def _members_at(request: Request, _: Retriever) -> Answer:
    dates = request.understanding.dates
    return members_at(request, dates[0]) if dates else list_members(request)


def _org_year(request: Request, retriever: Retriever) -> Answer:
    return search_answer(request, retriever, strict=False) or summit_list(request)


def _org(request: Request, _: str) -> Answer:
    return org_answer(request)


KINDS: tuple[Kind, ...] = (
    Kind(
        Organization,
        "org",
        ("name", "aliases"),
        _org,
        _ask_what,
        {
            Intent.ORG_SECRETARIES: lambda request, _: office_holders_answer(request),
            Intent.ORG_PRESIDENCY: lambda request, _: presidency_now(request),
            Intent.ORG_YEAR: _org_year,
        },
    ),
    Kind(Body, "body", ("name", "aliases", "abbreviation"), body_answer, _ask_what),
    Kind(
        Country,
        "member",
        ("name", "aliases", "country names the fact base lacks (closed world)"),
        country_answer,
        _ask_country,
        {
            Intent.MEMBER_CLOSED_WORLD: _closed_world,
            Intent.MEMBER_LIST: lambda request, _: list_members(request),
            Intent.MEMBER_COUNT: lambda request, _: list_members(request, count_only=True),
            Intent.MEMBER_FORMER: lambda request, _: former_members(request),
            Intent.MEMBER_ORIGINAL: lambda request, _: original_members(request),
            Intent.MEMBER_OBSERVERS: lambda request, _: observers(request),
            Intent.MEMBER_AT_DATE: _members_at,
        },
        overview=Intent.MEMBER_STATUS,
    ),
    Kind(
        Summit,
        "summit",
        ("name", "aliases", "city and date"),
        summit_answer,
        lambda summit, _: f"What was decided at the {summit.name}?",
        {
            Intent.SUMMIT_LIST: lambda request, _: summit_list(request),
            Intent.SUMMIT_NEXT: lambda request, _: next_summit(request),
        },
    ),
    Kind(
        Conflict,
        "conflict",
        ("name", "aliases", "parties and dates"),
        conflict_answer,
        lambda conflict, org: f"What was the {org}'s role in the {conflict.name}?",
    ),
    Kind(
        Person,
        "person",
        ("name", "aliases"),
        person_answer,
        lambda person, _: f"Who is {person.name}?",
    ),
    Kind(
        Exercise,
        "exercise",
        ("name", "aliases (Russian names included)", "exercise words and dates"),
        exercise_answer,
        lambda exercise, _: f"Where and when was {exercise.name} held?",
        {Intent.EXERCISE_LIST: lambda request, _: exercise_list(request)},
        frozenset([Intent.EXERCISE_LIST]),
    ),
)


# Intents no kind owns.
def _each_or_clarify(request: Request, retriever: Retriever) -> Answer | None:
    """Two or three fitting subjects each answered briefly, else the question back."""

    def ask(one: Request) -> Answer | None:
        handler = HANDLERS.get(one.understanding.intent)
        return handler(one, retriever) if handler else None

    return each_candidate(request, ask) or clarify(request)


_GENERAL: dict[Intent, Handler] = {
    Intent.CLARIFY: _each_or_clarify,
    Intent.OFFICE_SUCCESSION: lambda request, _: succession_answer(request),
}

HANDLERS: dict[Intent, Handler] = {
    **{intent: kind.handler(intent) for kind in KINDS for intent in kind.intents},
    **_GENERAL,
}
BY_NAME: dict[str, Kind] = {kind.name: kind for kind in KINDS}
LIST_FIRST: frozenset[Intent] = frozenset().union(*(kind.lists for kind in KINDS))
