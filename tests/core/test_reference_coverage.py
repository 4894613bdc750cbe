"""knowledge/ holds everything the vetted reference sheet lists, attributed to the right sources."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.core.knowledge.models import (
    Body,
    Country,
    Dispute,
    Entity,
    Knowledge,
    Sourced,
    Summit,
)

ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE_DIR = ROOT / "knowledge"
FIXTURES = ROOT / "tests" / "fixtures" / "reference"
SEED = "seed-article-2016"

# The sheet names conflicts in prose; these are the ids they have in knowledge/.
CONFLICT_IDS = {
    "Nagorno-Karabakh conflict": "nagorno-karabakh",
    "Armenia-Azerbaijan border crises and Armenia's CSTO appeals": (
        "armenia-azerbaijan-border-crises"
    ),
    "2022 Kazakh unrest - CSTO Collective Peacekeeping Forces deployment": "kazakhstan-2022",
    "Kyrgyzstan-Tajikistan border clashes 2021": "kyrgyzstan-tajikistan-2021",
    "Kyrgyzstan-Tajikistan border clashes 2022": "kyrgyzstan-tajikistan-2022",
    "Afghanistan threat and the Tajik-Afghan border": "afghanistan-threat",
}
# The sheet's "Exercises (selected)" entry is one record per exercise in knowledge/exercises.yaml.
EXERCISES = "Exercises (selected)"

# The sheet's membership status lines, as the one-word status knowledge/ gives them.
STATUS_VALUES = {
    "current": "member",
    "current member, participation frozen": "member-frozen",
    "suspended": "suspended",
    "former": "former",
}

# Words a corroboration note uses when the sheet could not confirm a claim.
UNCONFIRMED_MARKERS = ("unconfirmed", "not corroborated", "not found", "not verified")


def _load_knowledge(directory: Path) -> Knowledge:
    """Merge every knowledge/*.yaml (lists under the same key concatenate) and validate it."""
    merged: dict[str, Any] = {}
    for path in sorted(directory.glob("*.yaml")):
        for key, value in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            if isinstance(value, list):
                merged.setdefault(key, []).extend(value)
            else:
                assert key not in merged, f"{path.name}: {key} is defined twice"
                merged[key] = value
    return Knowledge.model_validate(merged)


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    """The real fact base."""
    return _load_knowledge(KNOWLEDGE_DIR)


@pytest.fixture(scope="module")
def sheet() -> dict[str, Any]:
    """The vetted reference sheet the fact base was built from."""
    data: dict[str, Any] = yaml.safe_load(
        (FIXTURES / "csto_facts.yaml").read_text(encoding="utf-8")
    )
    return data


@pytest.fixture(scope="module")
def seed_map() -> dict[str, Any]:
    """Where each seed-article claim and unverified item lives in knowledge/."""
    data: dict[str, Any] = yaml.safe_load(
        (FIXTURES / "seed_fact_map.yaml").read_text(encoding="utf-8")
    )
    return data


def _entities(kb: Knowledge) -> list[Entity]:
    return kb.entities()


def _statements(kb: Knowledge) -> Iterator[Sourced]:
    """Every sourced statement: facts, claims, statuses, events, roles, office holders."""
    org = kb.organization
    yield from (org.founded, org.headquarters)
    for entity in _entities(kb):
        yield from entity.facts
        for dispute in entity.disputes:
            yield from dispute.claims
        if isinstance(entity, Body):
            yield from ([entity.founded] if entity.founded else [])
            yield from entity.office_holders
        if isinstance(entity, Country):
            yield entity.status
            yield from entity.membership
        if isinstance(entity, Summit):
            yield from [part for part in (entity.chair, entity.presidency) if part]
            yield from (*entity.decisions, *entity.attendance, *entity.absences)
    for conflict in kb.conflicts:
        yield from (*conflict.role, *conflict.timeline)
    for person in kb.people:
        yield from person.roles
    for exercise in kb.exercises:
        yield exercise
        yield from [part for part in (exercise.scenario, exercise.size) if part]


def _disputes(kb: Knowledge) -> list[Dispute]:
    return [dispute for entity in _entities(kb) for dispute in entity.disputes]


def _text(statement: Sourced) -> str:
    return str(getattr(statement, "text", ""))


def _words(statement: Sourced) -> str:
    """The statement's own words, with numbers freed of thousands separators."""
    parts = [
        _text(statement),
        statement.note or "",
        statement.corroboration or "",
        str(getattr(statement, "date", "") or ""),
    ]
    return " ".join(parts).replace(",", "")


def _source_resolver(kb: Knowledge, sheet_data: dict[str, Any]) -> dict[str, str]:
    """Map each source string the sheet uses to the registry id that stands for it."""
    by_url = sorted(
        ((source.url, source.id) for source in kb.sources if source.url),
        key=lambda pair: -len(pair[0]),
    )
    by_title = [(source.title, source.id) for source in kb.sources if source.title]
    resolved: dict[str, str] = {}

    def resolve(text: str) -> str | None:
        if text.startswith("seed article"):
            return SEED
        for url, source_id in by_url:
            if url in text:
                return source_id
        for title, source_id in by_title:
            if title in text:
                return source_id
        return None

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "source" and isinstance(value, str):
                    resolved[value] = resolve(value) or ""
                elif key == "also":
                    for item in value:
                        resolved[item] = resolve(item) or ""
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk({key: value for key, value in sheet_data.items() if key != "meta"})
    return resolved


@pytest.fixture(scope="module")
def resolve(knowledge: Knowledge, sheet: dict[str, Any]) -> dict[str, str]:
    """Each source string of the sheet, mapped to its registry id ("" when none matches)."""
    return _source_resolver(knowledge, sheet)


def _sheet_facts(node: object) -> Iterator[dict[str, Any]]:
    """Every entry of the sheet that states a fact (it has a `fact` key)."""
    if isinstance(node, dict):
        if "fact" in node:
            yield node
        for value in node.values():
            yield from _sheet_facts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _sheet_facts(item)


def _names(entity: Entity) -> list[str]:
    abbreviation = getattr(entity, "abbreviation", None)
    return [entity.name, *entity.aliases, *([abbreviation] if abbreviation else [])]


def test_ids_are_unique(knowledge: Knowledge) -> None:
    """No two entities, and no two sources, share an id."""
    entity_ids = Counter(entity.id for entity in _entities(knowledge))
    source_ids = Counter(source.id for source in knowledge.sources)
    assert [i for i, n in entity_ids.items() if n > 1] == []
    assert [i for i, n in source_ids.items() if n > 1] == []


def test_names_and_aliases_do_not_collide(knowledge: Knowledge) -> None:
    """A name or alias, case-folded, points to one entity only."""
    owners: dict[str, set[str]] = {}
    for entity in _entities(knowledge):
        for name in _names(entity):
            owners.setdefault(name.casefold(), set()).add(entity.id)
    assert {name: ids for name, ids in owners.items() if len(ids) > 1} == {}


def test_every_statement_cites_registered_sources(knowledge: Knowledge) -> None:
    """Each fact, claim, status, role and summit or conflict names only registered sources."""
    registry = {source.id for source in knowledge.sources}
    cited = [source for statement in _statements(knowledge) for source in statement.sources]
    cited += [source for summit in knowledge.summits for source in summit.sources]
    cited += [source for conflict in knowledge.conflicts for source in conflict.sources]
    cited += [source for exercise in knowledge.exercises for source in exercise.sources]
    assert sorted(set(cited) - registry) == []
    assert sorted(registry - set(cited)) == [], "registered sources nobody cites"


def test_references_resolve(knowledge: Knowledge) -> None:
    """Hosts, hand-overs, parties, absences, abouts, countries, bodies and office holders exist."""
    entity_ids = {entity.id for entity in _entities(knowledge)}
    countries = {country.id for country in knowledge.countries}
    people = {person.id for person in knowledge.people}
    bodies = {body.id for body in knowledge.bodies}
    refs: list[tuple[str, set[str]]] = []
    for summit in knowledge.summits:
        refs += [(summit.host or "", countries)] if summit.host else []
        if summit.presidency:
            handed = (summit.presidency.handed_from, summit.presidency.handed_to)
            refs += [(ref, countries) for ref in handed if ref]
        refs += [(who, countries | people) for absence in summit.absences for who in absence.who]
    refs += [(party, entity_ids) for conflict in knowledge.conflicts for party in conflict.parties]
    for person in knowledge.people:
        refs += [(person.country, countries)] if person.country else []
        refs += [(role.body, bodies) for role in person.roles if role.body]
        refs += [(role.country, countries) for role in person.roles if role.country]
    refs += [(holder.person, people) for body in knowledge.bodies for holder in body.office_holders]
    refs += [
        (about, entity_ids)
        for statement in _statements(knowledge)
        for about in getattr(statement, "about", ())
    ]
    assert [ref for ref, allowed in refs if ref not in allowed] == []


def test_every_sheet_source_is_registered(resolve: dict[str, str]) -> None:
    """Each source string the sheet cites maps to one registry entry."""
    unresolved = [text for text, source_id in resolve.items() if not source_id]
    assert unresolved == []


def test_every_sheet_fact_is_placed(
    knowledge: Knowledge, sheet: dict[str, Any], resolve: dict[str, str]
) -> None:
    """For each sheet fact a statement (or dispute) carries its sources and its numbers."""
    carriers = [(set(statement.sources), _words(statement)) for statement in _statements(knowledge)]
    carriers += [
        (
            {source for claim in dispute.claims for source in claim.sources},
            " ".join(_words(claim) for claim in dispute.claims),
        )
        for dispute in _disputes(knowledge)
    ]
    body = {key: value for key, value in sheet.items() if key != "meta"}
    missing = []
    for fact in _sheet_facts(body):
        needed = {resolve[fact["source"]], *(resolve[item] for item in fact.get("also", []))}
        numbers = set(re.findall(r"\d+", fact["fact"].replace(",", "")))
        if not any(
            needed <= sources and all(n in words for n in numbers) for sources, words in carriers
        ):
            missing.append(fact["fact"])
    assert missing == []


def test_every_member_country_is_present(knowledge: Knowledge, sheet: dict[str, Any]) -> None:
    """The nine membership records exist, named as the sheet names them, with the sheet's status."""
    countries = {country.name: country for country in knowledge.countries}
    for record in sheet["members"]:
        country = countries[record["country"]]
        longest_first = sorted(STATUS_VALUES.items(), key=lambda pair: -len(pair[0]))
        expected = next(value for key, value in longest_first if record["status"].startswith(key))
        assert country.status.value == expected, record["country"]
        assert country.membership, f"{record['country']} has no membership history"
        assert country.membership[0].event == "joined"


def test_every_summit_is_present(knowledge: Knowledge, sheet: dict[str, Any]) -> None:
    """Each of the sheet's summits has a summit entry on the same date."""
    dates = Counter(str(summit.date) for summit in knowledge.summits)
    for summit in sheet["summits"]:
        assert dates[summit["date"]] == 1, summit["date"]
    assert len(knowledge.summits) == len(sheet["summits"])


def test_every_conflict_is_present(knowledge: Knowledge, sheet: dict[str, Any]) -> None:
    """Each of the sheet's conflicts and operations has its entry."""
    ids = {conflict.id for conflict in knowledge.conflicts}
    names = [conflict["name"] for conflict in sheet["conflicts_and_operations"]]
    names.remove(EXERCISES)
    assert sorted(CONFLICT_IDS) == sorted(names)
    assert {CONFLICT_IDS[name] for name in names} <= ids


def test_every_secretary_general_is_present(knowledge: Knowledge, sheet: dict[str, Any]) -> None:
    """Each Secretary General term of the sheet is an office holder of the Secretariat."""
    secretariat = next(body for body in knowledge.bodies if body.id == "secretariat")
    people = {person.id: person for person in knowledge.people}
    holders = [(people[h.person].name, h.start.year, h.acting) for h in secretariat.office_holders]
    terms = sheet["bodies"]["secretaries_general"]
    for term in terms:
        name = term["name"].replace("(acting)", "").strip()
        start_year = int(re.findall(r"\d{4}", term["term"])[0])
        assert (name, start_year, "(acting)" in term["name"]) in holders, term["name"]
    assert len(holders) == len(terms)


def _find(knowledge: Knowledge, fragment: str) -> list[Sourced]:
    return [statement for statement in _statements(knowledge) if fragment in _text(statement)]


def test_every_seed_fact_is_attributed(
    knowledge: Knowledge, sheet: dict[str, Any], seed_map: dict[str, Any]
) -> None:
    """Each seed-article claim is a statement citing the seed article, dated and corroborated."""
    claims = sheet["seed_article_facts"]
    table = seed_map["seed_article_facts"]
    assert len(table) == len(claims)
    for claim, row in zip(claims, table, strict=True):
        assert claim["fact"].startswith(row["seed"])
        matches = [s for s in _find(knowledge, row["fragment"]) if SEED in s.sources]
        assert len(matches) == 1, row["fragment"]
        statement = matches[0]
        assert str(statement.as_of) == str(claim["as_of"]), row["seed"]
        status = re.split(r"[(;:]", claim["corroboration"])[0].strip()
        assert status in (statement.corroboration or ""), row["seed"]


def test_unverified_items_stay_marked(
    knowledge: Knowledge,
    sheet: dict[str, Any],
    seed_map: dict[str, Any],
    resolve: dict[str, str],
) -> None:
    """Each unverified item is kept, cites its sheet source, and says it is unconfirmed."""
    items = sheet["unverified"]
    table = seed_map["unverified"]
    assert len(table) == len(items)
    for item, row in zip(items, table, strict=True):
        assert row["item"] in item["fact"]
        matches = [
            s for s in _find(knowledge, row["fragment"]) if resolve[item["source"]] in s.sources
        ]
        assert len(matches) == 1, row["fragment"]
        note = (matches[0].corroboration or "").casefold()
        assert any(marker in note for marker in UNCONFIRMED_MARKERS), row["item"]


def test_fixture_article_is_the_seed(knowledge: Knowledge) -> None:
    """The seed article fixture is the article the registry's seed entry names."""
    seed = next(source for source in knowledge.sources if source.id == SEED)
    article = (FIXTURES / "seed_article.txt").read_text(encoding="utf-8")
    assert seed.title is not None
    assert seed.title in article
