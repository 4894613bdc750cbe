"""The intent table (intents.yaml): what a question is about, and what it asks of that."""

from __future__ import annotations

from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from pydantic import PrivateAttr, field_validator

from bot.core.knowledge.errors import KnowledgeError, KnowledgeProblem
from bot.core.knowledge.located import Doc
from bot.core.knowledge.models import SUBJECTS
from bot.core.knowledge.suggest import did_you_mean
from bot.core.language.datafile import DataModel, packaged, read_data
from bot.core.language.lexicon import LEXICON
from bot.core.understanding.intent import Intent

# The kinds of subject the knowledge schema defines (each model's KIND).
KINDS = tuple(model.KIND for model in SUBJECTS.values())
# The steps of bot.core.understanding.understand.Understander that find a question's subject.
RouteName = Literal[
    "follow_up", "unresolved", "secretaries", "next_summit", "members_at_date", "summits",
    "person", "body", "presidency_of", "conflicts", "country_conflict", "country", "organization",
    "exercise", "exercises",
]  # fmt: skip
# Signals computed from the question as a whole rather than from one word list (see
# signals.py and understand.py).
PREDICATES = frozenset(
    [
        "organization", "in_organization", "short", "one_word", "only_names",
        "dated", "memory", "leans_back", "own_subject", "names_something", "names_person",
        "names_country", "names_body", "names_conflict", "names_city", "wants_summit",
        "wants_conflict", "names_exercise",
    ]
)  # fmt: skip


class Rule(DataModel):
    """The signals that call for a row and those that rule it out, and the row's priority."""

    when: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    priority: int
    _when: tuple[frozenset[str], ...] = PrivateAttr(default=())
    _unless: tuple[frozenset[str], ...] = PrivateAttr(default=())

    def model_post_init(self, context: object, /) -> None:
        """Split each "a + !b" once, so scoring a question does no parsing."""
        self._when = _alternatives(self.when)
        self._unless = _alternatives(self.unless)

    def fits_signals(self, signals: frozenset[str]) -> bool:
        """True when the question has what this rule needs and nothing it rules out."""
        if any(_holds(need, signals) for need in self._unless):
            return False
        return not self._when or any(_holds(need, signals) for need in self._when)

    def names(self) -> list[tuple[str, int, str]]:
        """Every signal named, with the field and position it is named at (for checking)."""
        return [
            (field, position, name.removeprefix("!"))
            for field, parsed in (("when", self._when), ("unless", self._unless))
            for position, need in enumerate(parsed)
            for name in sorted(need)
        ]


def _alternatives(cues: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """Each "a + !b" as the set of its terms."""
    return tuple(frozenset(part.strip() for part in cue.split("+")) for cue in cues)


def _holds(need: frozenset[str], signals: frozenset[str]) -> bool:
    """True when every term holds: "x" is among the signals, "!x" is not."""
    return all((term[1:] not in signals) if term[0] == "!" else term in signals for term in need)


class Route(Rule):
    """A way to find what a question is about; its step may find nothing, and the next tries."""

    route: RouteName


class Row(Rule):
    """One row: an intent, the signals that call for it and those that rule it out."""

    intent: Intent
    kinds: tuple[str, ...]
    dates: Literal["any", "needed", "none"] = "any"

    @field_validator("kinds")
    @classmethod
    def _known_kinds(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for kind in value:
            if kind not in KINDS:
                raise ValueError(f"must be one of {', '.join(KINDS)}, not '{kind}'")
        return value

    @field_validator("intent", mode="before")
    @classmethod
    def _known_intent(cls, value: object) -> object:
        if isinstance(value, str) and value not in Intent._value2member_map_:
            raise ValueError(f"unknown intent '{value}'{did_you_mean(value, list(Intent))}")
        return value

    def fits(self, signals: frozenset[str], dated: bool) -> bool:
        """True when the question has what this row needs and nothing it rules out."""
        if (self.dates == "needed" and not dated) or (self.dates == "none" and dated):
            return False
        return self.fits_signals(signals)


class TableFile(DataModel):
    """The shape of intents.yaml."""

    routes: tuple[Route, ...]
    intents: tuple[Row, ...]


class IntentTable:
    """The rows of intents.yaml by kind, checked against the lexicon."""

    def __init__(self, routes: tuple[Route, ...], rows: tuple[Row, ...]) -> None:
        self.routes = sorted(routes, key=lambda route: -route.priority)
        self.rows: dict[str, list[Row]] = {}
        for row in rows:
            for kind in row.kinds:
                self.rows.setdefault(kind, []).append(row)

    def routes_for(self, signals: frozenset[str]) -> list[Route]:
        """The routes that fit the question, best first."""
        return [route for route in self.routes if route.fits_signals(signals)]

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


def _unknown_signals(section: str, rules: tuple[Rule, ...], doc: Doc) -> list[KnowledgeProblem]:
    """Signals that are no cue or set of the lexicon and no predicate."""
    known = LEXICON.names() | PREDICATES
    problems = []
    for index, rule in enumerate(rules):
        for field, position, name in rule.names():
            if name not in known:
                message = f"'{name}' is no cue, set or signal{did_you_mean(name, known)}"
                problems.append(doc.problem((section, index, field, position), message))
    return problems


def _check(table: TableFile, doc: Doc) -> list[KnowledgeProblem]:
    """Unknown signals, two rows of a kind (or two routes) with one priority, missing defaults."""
    rows = table.intents
    problems = _unknown_signals("routes", table.routes, doc)
    problems += _unknown_signals("intents", rows, doc)
    priorities: dict[tuple[str, int], int] = {}
    defaults: set[str] = set()
    for index, route in enumerate(table.routes):
        other = priorities.setdefault(("route", route.priority), index)
        if other != index:
            message = f"routes[{other}] has the same priority"
            problems.append(doc.problem(("routes", index, "priority"), message))
    for index, row in enumerate(rows):
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
    problems = _check(loaded.model, loaded.doc)
    if problems:
        raise KnowledgeError(problems)
    return IntentTable(loaded.model.routes, loaded.model.intents)


@cache
def intent_table() -> IntentTable:
    """The shipped intent table, read once."""
    return read_table(packaged("bot.core.understanding", "intents.yaml"))
