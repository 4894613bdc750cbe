"""Checks across the whole fact base: unique ids, distinct names, references that resolve."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from pydantic import BaseModel

from bot.core.knowledge.errors import KnowledgeProblem
from bot.core.knowledge.located import Doc
from bot.core.knowledge.models import REFERENCES, SUBJECTS, Entity
from bot.core.knowledge.suggest import did_you_mean
from bot.core.knowledge.walk import walk
from bot.core.knowledge.yamldoc import Path
from bot.core.language.normalize import name_key

ENTITY_KINDS = tuple(SUBJECTS)
_NOUNS = {"sources": "source"} | {key: model.KIND for key, model in SUBJECTS.items()}


@dataclass(frozen=True, slots=True)
class Item:
    """One validated top-level entry and where it stands."""

    kind: str
    model: BaseModel
    doc: Doc
    path: Path


def check_items(items: Sequence[Item], ids: Mapping[str, set[str]]) -> list[KnowledgeProblem]:
    """Every cross-entry problem; `ids` holds each kind's ids, even of entries that failed."""
    entities = [item for item in items if item.kind in ENTITY_KINDS]
    sources = [item for item in items if item.kind == "sources"]
    return [
        *_unique_ids(entities, "id"),
        *_unique_ids(sources, "source id"),
        *_distinct_names(entities),
        *_references(items, ids),
    ]


def _unique_ids(items: Iterable[Item], noun: str) -> Iterable[KnowledgeProblem]:
    """A second entry with an id already used is reported, naming the first."""
    first: dict[str, Item] = {}
    for item in items:
        identifier = str(getattr(item.model, "id", ""))
        if identifier in first:
            other = first[identifier]
            where = f"{other.doc.name}:{other.doc.line((*other.path, 'id'))}"
            message = f"duplicate {noun} '{identifier}' (first used at {where})"
            yield item.doc.problem((*item.path, "id"), message)
        else:
            first[identifier] = item


def _distinct_names(entities: Iterable[Item]) -> Iterable[KnowledgeProblem]:
    """Two entities must not share a name or alias once case, accents and punctuation are gone."""
    owners: dict[str, tuple[Item, Path]] = {}
    for item in entities:
        if not isinstance(item.model, Entity):
            continue
        labels: list[tuple[Path, str]] = [(("name",), item.model.name)]
        labels += [(("aliases", index), alias) for index, alias in enumerate(item.model.aliases)]
        for rest, label in labels:
            key = name_key(label)
            owner = owners.setdefault(key, (item, rest))
            # Entries sharing an id are already reported as duplicates; their names would echo it.
            if getattr(owner[0].model, "id", None) != item.model.id:
                other, other_rest = owner
                yield item.doc.problem(
                    (*item.path, rest[0]),
                    f"'{label}' also names {_where(other, other_rest)}",
                    (*item.path, *rest),
                )


def _references(items: Iterable[Item], ids: Mapping[str, set[str]]) -> Iterable[KnowledgeProblem]:
    """Every id a field names must exist among the kinds that field may name."""
    for item in items:
        for path, model in walk(item.model, item.path):
            for cls, name, kinds in REFERENCES:
                if isinstance(model, cls):
                    yield from _resolve(item.doc, (*path, name), getattr(model, name), kinds, ids)


def _resolve(
    doc: Doc, path: Path, value: object, kinds: tuple[str, ...], ids: Mapping[str, set[str]]
) -> Iterable[KnowledgeProblem]:
    if value is None:
        return
    values = value if isinstance(value, tuple) else (value,)
    for index, identifier in enumerate(values):
        if any(identifier in ids.get(kind, set()) for kind in kinds):
            continue
        noun = "id" if kinds == ENTITY_KINDS else _either(_NOUNS[kind] for kind in kinds)
        candidates = {known for kind in kinds for known in ids.get(kind, set())}
        hint = did_you_mean(str(identifier), candidates)
        line_path = (*path, index) if isinstance(value, tuple) else path
        yield doc.problem(path, f"unknown {noun} '{identifier}'{hint}", line_path)


def _where(item: Item, rest: Path = ()) -> str:
    """'countries[0] (armenia) in members.yaml:3', to name the other party of a clash."""
    path = (*item.path, *rest)
    return f"{item.doc.describe(path)} in {item.doc.name}:{item.doc.line(path)}"


def _either(nouns: Iterable[str]) -> str:
    """'country', 'country or person', 'country, organization or body'."""
    *rest, last = nouns
    return f"{', '.join(rest)} or {last}" if rest else last
