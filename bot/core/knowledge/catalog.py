"""An index over a loaded Knowledge: entities by id and kind, facts with stable ids, sources."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import (
    Body,
    Claim,
    Conflict,
    Country,
    Dispute,
    Entity,
    Fact,
    Knowledge,
    Organization,
    Person,
    Source,
    Summit,
)

EntityKind = str  # a model's KIND: "country", "summit", "exercise", ...
Statement = Fact | Claim


@dataclass(frozen=True, slots=True)
class FactItem:
    """A fact with the id the engine reports, the entity that holds it and its section."""

    id: str
    owner: str
    section: str
    fact: Fact

    @property
    def date(self) -> PartialDate | None:
        """When the fact happened, if it is an event."""
        return self.fact.date

    @property
    def when(self) -> PartialDate | None:
        """When the fact happened or, failing that, when it held."""
        return self.fact.date or self.fact.as_of

    def in_months(self, dates: list[PartialDate]) -> bool:
        """True when the fact happened in one of the dates' months (dates given to the month)."""
        when = self.when
        return when is not None and any(
            date.month is not None and (when.year, when.month) == (date.year, date.month)
            for date in dates
        )

    def in_years(self, dates: list[PartialDate]) -> bool:
        """True when the fact happened (or held) in one of the dates' years."""
        when = self.when
        return when is not None and any(when.year == date.year for date in dates)


@dataclass(frozen=True, slots=True)
class DisputeItem:
    """A dispute with the entity that holds it."""

    id: str
    owner: str
    dispute: Dispute


class Catalog:
    """Read-only lookups over one Knowledge, built once per load."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.entities: dict[str, Entity] = {}
        self.kinds: dict[str, EntityKind] = {}
        self.sources: dict[str, Source] = {source.id: source for source in knowledge.sources}
        self.facts_of: dict[str, list[FactItem]] = defaultdict(list)
        self.facts_about: dict[str, list[FactItem]] = defaultdict(list)
        self.disputes_of: dict[str, list[DisputeItem]] = defaultdict(list)
        self._tagged: dict[str, list[FactItem]] | None = None
        self._states: dict[str, frozenset[str]] = {}
        for entity in knowledge.entities():
            self._add(entity)

    def _add(self, entity: Entity) -> None:
        self.entities[entity.id] = entity
        self.kinds[entity.id] = entity.KIND
        for section, facts in _fact_sections(entity):
            for index, fact in enumerate(facts):
                item = FactItem(f"{entity.id}/{section}/{index}", entity.id, section, fact)
                self.facts_of[entity.id].append(item)
                for other in fact.about:
                    self.facts_about[other].append(item)
        for index, dispute in enumerate(entity.disputes):
            self.disputes_of[entity.id].append(
                DisputeItem(f"{entity.id}/disputes/{index}", entity.id, dispute)
            )

    @property
    def organization(self) -> Organization:
        """The CSTO entity."""
        return self.knowledge.organization

    def countries(self) -> list[Country]:
        """All countries and assemblies."""
        return list(self.knowledge.countries)

    def summits(self) -> list[Summit]:
        """All summits, in date order."""
        return sorted(self.knowledge.summits, key=lambda summit: summit.date.first_day)

    def conflicts(self) -> list[Conflict]:
        """All conflicts and operations."""
        return list(self.knowledge.conflicts)

    def people(self) -> list[Person]:
        """All people."""
        return list(self.knowledge.people)

    def bodies(self) -> list[Body]:
        """All bodies of the organization."""
        return list(self.knowledge.bodies)

    def tagged(self, topic: str) -> list[FactItem]:
        """Every fact tagged with a topic, in file order (indexed on first use)."""
        if self._tagged is None:
            self._tagged = defaultdict(list)
            for items in self.facts_of.values():
                for item in items:
                    for tag in item.fact.topics:
                        self._tagged[tag].append(item)
        return self._tagged.get(topic, [])

    def states_named(self, entity_id: str) -> frozenset[str]:
        """The states an entity's record names: parties, hosts, participants, country, the
        presidency's giver and taker, and who stayed away."""
        found = self._states.get(entity_id)
        if found is None:
            found = self._states[entity_id] = _states_in(self.entities.get(entity_id))
        return found

    def section(self, entity_id: str, section: str) -> list[FactItem]:
        """The facts of one section ("decisions", "timeline", ...) of an entity."""
        return [item for item in self.facts_of.get(entity_id, []) if item.section == section]

    def item(self, fact_id: str) -> FactItem | None:
        """The fact with this id, looked up among its owner's facts."""
        owner = fact_id.split("/", 1)[0]
        return next((item for item in self.facts_of.get(owner, []) if item.id == fact_id), None)

    def related(self, entity_id: str) -> list[FactItem]:
        """Facts an entity holds, then facts elsewhere that are about it."""
        own = self.facts_of.get(entity_id, [])
        seen = {item.id for item in own}
        return own + [item for item in self.facts_about.get(entity_id, []) if item.id not in seen]

    def name(self, entity_id: str) -> str:
        """The display name of an entity id (the id itself if unknown)."""
        entity = self.entities.get(entity_id)
        return entity.name if entity else entity_id


_STATE_FIELDS = (
    "parties",
    "host",
    "hosts",
    "participants",
    "country",
    "handed_from",
    "handed_to",
    "who",
)


def _states_in(entity: Entity | None) -> frozenset[str]:
    # Read by name because each kind of record has its own few of these fields.
    parts = [entity, getattr(entity, "presidency", None), *getattr(entity, "absences", ())]
    found: set[str] = set()
    for part in parts:
        for field in _STATE_FIELDS:
            value = getattr(part, field, None)
            values = value if isinstance(value, tuple) else (value,)
            found.update(item for item in values if isinstance(item, str))
    return frozenset(found)


def _fact_sections(entity: Entity) -> list[tuple[str, tuple[Fact, ...]]]:
    """The entity's fact-holding fields (its model's SECTIONS), then its plain facts."""
    sections: list[tuple[str, tuple[Fact, ...]]] = []
    for name in type(entity).SECTIONS:
        value = getattr(entity, name)
        if isinstance(value, Fact):
            sections.append((name, (value,)))
        elif value:
            sections.append((name, tuple(value)))
    sections.append(("facts", entity.facts))
    return sections
