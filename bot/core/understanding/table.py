"""The intent table (intents.yaml): which intent a question about one kind of subject asks."""

from __future__ import annotations

from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from pydantic import field_validator

from bot.core.knowledge.errors import KnowledgeError, KnowledgeProblem
from bot.core.knowledge.located import Doc
from bot.core.knowledge.suggest import did_you_mean
from bot.core.language.datafile import DataModel, packaged, read_data
from bot.core.language.lexicon import LEXICON
from bot.core.understanding.intent import Intent

Kind = Literal["organization", "country", "summit", "conflict", "body", "person"]
# Signals computed from the question as a whole rather than from one word list.
PREDICATES = frozenset(["organization", "in_organization", "short", "one_word", "only_names"])


class Row(DataModel):
    """One row: an intent, the signals that call for it and those that rule it out."""

    intent: Intent
    kinds: tuple[Kind, ...]
    when: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    dates: Literal["any", "needed", "none"] = "any"
    priority: int

    @field_validator("intent", mode="before")
    @classmethod
    def _known_intent(cls, value: object) -> object:
        if isinstance(value, str) and value not in Intent._value2member_map_:
            raise ValueError(f"unknown intent '{value}'{did_you_mean(value, list(Intent))}")
        return value

    def all_of(self) -> tuple[frozenset[str], ...]:
        """`when` as alternatives, each the set of signals it needs together."""
        return tuple(frozenset(part.strip() for part in cue.split("+")) for cue in self.when)

    def fits(self, signals: frozenset[str], dated: bool) -> bool:
        """True when the question has what this row needs and nothing it rules out."""
        if (self.dates == "needed" and not dated) or (self.dates == "none" and dated):
            return False
        if not signals.isdisjoint(self.unless):
            return False
        return not self.when or any(need <= signals for need in self.all_of())


class TableFile(DataModel):
    """The shape of intents.yaml."""

    intents: tuple[Row, ...]


class IntentTable:
    """The rows of intents.yaml by kind, checked against the lexicon."""

    def __init__(self, rows: tuple[Row, ...]) -> None:
        self.rows: dict[str, list[Row]] = {}
        for row in rows:
            for kind in row.kinds:
                self.rows.setdefault(kind, []).append(row)
        self.signal_names = frozenset(
            name for row in rows for need in (*row.all_of(), frozenset(row.unless)) for name in need
        )

    def families(self, kind: str) -> frozenset[str]:
        """The intent families ("member", "org") the rows of `kind` lead to, search aside."""
        rows = self.rows.get(kind, ())
        return frozenset(row.intent.family for row in rows) - {Intent.FACTS_SEARCH.family}

    def pick(self, kind: str, signals: frozenset[str], dated: bool) -> Intent:
        """The intent of the highest-priority row of `kind` that fits the question."""
        fitting = [row for row in self.rows.get(kind, ()) if row.fits(signals, dated)]
        if not fitting:
            return Intent.FACTS_SEARCH
        return max(fitting, key=lambda row: row.priority).intent


def _check(rows: tuple[Row, ...], doc: Doc) -> list[KnowledgeProblem]:
    """Signals that name nothing, two rows of a kind with one priority, kinds with no default."""
    known = LEXICON.names() | PREDICATES
    problems: list[KnowledgeProblem] = []
    priorities: dict[tuple[str, int], int] = {}
    defaults: set[str] = set()
    for index, row in enumerate(rows):
        for field in ("when", "unless"):
            for position, cue in enumerate(getattr(row, field)):
                for name in cue.split("+"):
                    if name.strip() not in known:
                        hint = did_you_mean(name.strip(), known)
                        message = f"'{name.strip()}' is no cue, set or signal{hint}"
                        problems.append(doc.problem(("intents", index, field, position), message))
        for kind in row.kinds:
            other = priorities.setdefault((kind, row.priority), index)
            if other != index:
                message = f"intents[{other}] has the same kind ({kind}) and priority"
                problems.append(doc.problem(("intents", index, "priority"), message))
            if not row.when and row.dates == "any":
                defaults.add(kind)
    for kind in sorted({kind for row in rows for kind in row.kinds} - defaults):
        message = f"no default row for {kind} (one with no 'when' and no 'dates')"
        problems.append(doc.problem(("intents",), message))
    return problems


def read_table(source: Path | Traversable) -> IntentTable:
    """Read and check one intent table; raise KnowledgeError listing every problem, located."""
    loaded = read_data(source, TableFile)
    problems = _check(loaded.model.intents, loaded.doc)
    if problems:
        raise KnowledgeError(problems)
    return IntentTable(loaded.model.intents)


@cache
def intent_table() -> IntentTable:
    """The shipped intent table, read once."""
    return read_table(packaged("bot.core.understanding", "intents.yaml"))
