"""The knowledge schema: typed, immutable models of what knowledge/*.yaml may contain.

Field names here are the YAML keys editors write; knowledge/README.md documents them.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from bot.core.knowledge.dates import PartialDate

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Confidence = Literal["high", "medium", "low"]

# Optional tags that say what a fact is about, so questions like "how big is it?" find it.
Topic = Literal[
    "overview",
    "name",
    "founded",
    "headquarters",
    "language",
    "members",
    "former-members",
    "observers",
    "partners",
    "rules",
    "presidency",
    "decision",
    "attendance",
    "absence",
    "leadership",
    "forces",
    "size",
    "casualties",
    "stance",
    "statement",
    "base",
    "exercise",
    "budget",
    "mission",
    "treaty",
    "history",
]


class Frozen(BaseModel):
    """Base for every knowledge model: immutable, and unknown keys are errors."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", str_strip_whitespace=True, defer_build=True
    )


class Source(Frozen):
    """One entry of the source registry (knowledge/sources.yaml)."""

    id: Id
    title: Text | None = None
    publisher: Text | None = None
    date: PartialDate | None = None
    url: Text | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _needs_title_or_url(self) -> Source:
        if self.title is None and self.url is None:
            raise ValueError("a source needs a title or a url")
        return self


class Sourced(Frozen):
    """Anything stated: it names its sources and how sure the reference sheet is."""

    sources: Annotated[tuple[Id, ...], Field(min_length=1)]
    confidence: Confidence | None = None
    corroboration: Text | None = None
    as_of: PartialDate | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _needs_confidence_or_corroboration(self) -> Sourced:
        if self.confidence is None and self.corroboration is None:
            raise ValueError("give a confidence (high, medium or low) or a corroboration note")
        return self


class Fact(Sourced):
    """A single sourced statement. `date` is when it happened; `as_of` when it held."""

    text: Text
    date: PartialDate | None = None
    end: PartialDate | None = None
    topics: tuple[Topic, ...] = ()
    about: tuple[Id, ...] = ()

    @model_validator(mode="after")
    def _period_in_order(self) -> Fact:
        if (
            self.date is not None
            and self.end is not None
            and self.end.last_day < self.date.first_day
        ):
            raise ValueError(f"end {self.end} is before date {self.date}")
        return self


class Claim(Sourced):
    """One side of a disagreement between sources."""

    text: Text
    date: PartialDate | None = None
    best_supported: bool = False
    status: Literal["outdated", "contradicted", "unconfirmed"] | None = None


class Dispute(Frozen):
    """Sources disagree: each claim keeps its own source; one may be best supported."""

    topic: Text
    claims: Annotated[tuple[Claim, ...], Field(min_length=2)]
    resolution: Text | None = None
    topics: tuple[Topic, ...] = ()

    @model_validator(mode="after")
    def _one_best(self) -> Dispute:
        if sum(claim.best_supported for claim in self.claims) > 1:
            raise ValueError("at most one claim can be best_supported")
        return self


class Entity(Frozen):
    """Something a user can ask about by name."""

    KIND: ClassVar[str] = "entity"  # the kind of subject, as the catalog and the registry name it
    # Fields holding a Fact or a tuple of Facts, in the order their fact ids are numbered.
    SECTIONS: ClassVar[tuple[str, ...]] = ()

    id: Id
    name: Text
    aliases: tuple[Text, ...] = ()
    facts: tuple[Fact, ...] = ()
    disputes: tuple[Dispute, ...] = ()


MembershipEventKind = Literal["joined", "left", "rejoined", "suspended", "frozen", "step"]
StatusValue = Literal[
    "member", "member-frozen", "suspended", "former", "observer", "partner", "non-member"
]


class MembershipEvent(Fact):
    """A dated step in a country's membership: joined, left, rejoined, suspended, frozen."""

    event: MembershipEventKind
    date: PartialDate  # required here, optional on plain facts


class Status(Sourced):
    """Where a country stands now, in one word and one sentence."""

    value: StatusValue
    text: Text


class Country(Entity):
    """A member, former member, observer, partner or other state the CSTO dealt with."""

    KIND = "country"
    SECTIONS = ("membership",)

    kind: Literal["state", "assembly"] = "state"
    status: Status
    membership: tuple[MembershipEvent, ...] = ()

    @model_validator(mode="after")
    def _events_in_order(self) -> Country:
        dates = [event.date for event in self.membership]
        if any(later.last_day < earlier.first_day for earlier, later in pairwise(dates)):
            raise ValueError("membership events must be listed in date order")
        return self


class Presidency(Sourced):
    """The rotating chairmanship handed over at a session."""

    text: Text
    handed_from: Id | None = None
    handed_to: Id | None = None


class Absence(Fact):
    """Someone who stayed away, with the reason the sources give."""

    who: Annotated[tuple[Id, ...], Field(min_length=1)]
    reason: Text | None = None


SummitKind = Literal["treaty", "regular", "extraordinary", "informal", "jubilee"]
# The kinds of the ordinary run of sessions ("the next summit", "the annual summit").
REGULAR_SUMMIT_KINDS: frozenset[str] = frozenset(["regular", "jubilee"])


class Summit(Entity):
    """A session of the Collective Security Council or a treaty signing."""

    KIND = "summit"
    SECTIONS = ("chair", "decisions", "attendance", "absences")

    kind: SummitKind
    date: PartialDate
    city: Text | None = None
    host: Id | None = None
    sources: Annotated[tuple[Id, ...], Field(min_length=1)]
    chair: Fact | None = None
    presidency: Presidency | None = None
    decisions: tuple[Fact, ...] = ()
    attendance: tuple[Fact, ...] = ()
    absences: tuple[Absence, ...] = ()


ConflictKind = Literal["conflict", "operation", "crisis", "threat"]


class Conflict(Entity):
    """A conflict, crisis or operation, with its parties, timeline and the CSTO's role."""

    KIND = "conflict"
    SECTIONS = ("role", "timeline")

    kind: ConflictKind
    start: PartialDate
    end: PartialDate | None = None
    period_note: Text | None = None
    parties: tuple[Id, ...] = ()
    parties_text: Text
    sources: Annotated[tuple[Id, ...], Field(min_length=1)]
    role: tuple[Fact, ...] = ()
    timeline: tuple[Fact, ...] = ()

    @model_validator(mode="after")
    def _period_in_order(self) -> Conflict:
        if self.end is not None and self.end.last_day < self.start.first_day:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class Role(Sourced):
    """A post a person held, and when."""

    title: Text
    start: PartialDate | None = None
    end: PartialDate | None = None
    body: Id | None = None
    country: Id | None = None
    acting: bool = False

    @model_validator(mode="after")
    def _period_in_order(self) -> Role:
        if self.start and self.end and self.end.last_day < self.start.first_day:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class Person(Entity):
    """A person the facts mention, with the roles they held."""

    KIND = "person"

    country: Id | None = None
    roles: tuple[Role, ...] = ()


class OfficeHolder(Sourced):
    """A person who held a body's top office for a period."""

    person: Id
    title: Text
    start: PartialDate
    end: PartialDate | None = None
    acting: bool = False

    @model_validator(mode="after")
    def _period_in_order(self) -> OfficeHolder:
        if self.end is not None and self.end.last_day < self.start.first_day:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class Body(Entity):
    """An organ of the CSTO: a council, a force, a centre, the secretariat, an assembly."""

    KIND = "body"
    SECTIONS = ("founded",)

    abbreviation: Text | None = None
    founded: Fact | None = None
    office_holders: tuple[OfficeHolder, ...] = ()


class Organization(Entity):
    """The organization the fact base is about (the CSTO in knowledge/)."""

    KIND = "organization"
    SECTIONS = ("founded", "headquarters")

    abbreviation: Text
    # The title of its chief officer ("Secretary General"): questions about the holders of that
    # office are recognised by its words as well as by the lexicon's "secretary" cue.
    chief_officer: Text | None = None
    founded: Fact
    headquarters: Fact


ExerciseStatus = Literal["held", "planned", "cancelled"]


class Exercise(Entity, Sourced):
    """A military exercise: when and where, who took part, its scenario and size, and sources."""

    KIND = "exercise"
    SECTIONS = ("scenario", "size")

    status: ExerciseStatus = "held"
    start: PartialDate
    end: PartialDate | None = None
    place: Text | None = None
    hosts: tuple[Id, ...] = ()  # the states it was held (or planned) in
    participants: tuple[Id, ...] = ()  # the states whose troops took part, where sources say
    forces: tuple[Id, ...] = ()  # the organization's forces that exercised
    held_by: Text | None = None  # another organization's drill; unset: the organization's own
    scenario: Fact | None = None
    size: Fact | None = None

    @model_validator(mode="after")
    def _period_in_order(self) -> Exercise:
        if self.end is not None and self.end.last_day < self.start.first_day:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class Knowledge(Frozen):
    """The whole fact base, validated and cross-checked."""

    organization: Organization
    bodies: tuple[Body, ...]
    countries: tuple[Country, ...]
    summits: tuple[Summit, ...]
    conflicts: tuple[Conflict, ...]
    people: tuple[Person, ...]
    sources: tuple[Source, ...]
    exercises: tuple[Exercise, ...] = ()
    version: str = ""

    def entities(self) -> list[Entity]:
        """Every subject, kind by kind in SUBJECTS order."""
        found: list[Entity] = []
        for key in SUBJECTS:
            value = getattr(self, key)
            found.extend(value if isinstance(value, tuple) else (value,))
        return found


# Top-level keys of the knowledge files that hold subjects, and the model of their entries.
# The loader, the checks, the counts and the catalog all read their kinds from here.
SUBJECTS: dict[str, type[Entity]] = {
    "organization": Organization,
    "bodies": Body,
    "countries": Country,
    "summits": Summit,
    "conflicts": Conflict,
    "people": Person,
    "exercises": Exercise,
}

# (model class, field holding ids, top-level keys whose entries those ids must name)
REFERENCES: tuple[tuple[type[BaseModel], str, tuple[str, ...]], ...] = (
    (Sourced, "sources", ("sources",)),
    (Summit, "sources", ("sources",)),
    (Conflict, "sources", ("sources",)),
    (Fact, "about", tuple(SUBJECTS)),
    (Summit, "host", ("countries",)),
    (Presidency, "handed_from", ("countries",)),
    (Presidency, "handed_to", ("countries",)),
    (Conflict, "parties", ("countries", "organization", "bodies")),
    (Absence, "who", ("countries", "people")),
    (Person, "country", ("countries",)),
    (Role, "country", ("countries",)),
    (Role, "body", ("bodies", "organization")),
    (OfficeHolder, "person", ("people",)),
    (Exercise, "hosts", ("countries",)),
    (Exercise, "participants", ("countries",)),
    (Exercise, "forces", ("bodies",)),
)
