"""The intent table (intents.yaml): what a question is about, and what it asks of that."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, field_validator

from bot.core.knowledge.errors import KnowledgeError, KnowledgeProblem
from bot.core.knowledge.located import Doc
from bot.core.knowledge.models import SUBJECTS
from bot.core.knowledge.suggest import did_you_mean
from bot.core.language.datafile import DataModel, read_data
from bot.core.language.lexicon import LEXICON
from bot.core.understanding.intent import Intent

# The kinds of subject the knowledge schema defines (each model's KIND).
KINDS = tuple(model.KIND for model in SUBJECTS.values())


def _known_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"must be one of {', '.join(KINDS)}, not '{kind}'")
    return kind


Kind = Annotated[str, AfterValidator(_known_kind)]
# The steps of bot.core.understanding.understand.Understander that find a question's subject.
RouteName = Literal[
    "follow_up", "unresolved", "secretaries", "next_summit", "members_at_date", "summits",
    "person", "body", "presidency_of", "conflicts", "country_conflict", "country", "organization",
    "exercise", "exercises", "state_office",
]  # fmt: skip
# Signals computed from the question as a whole rather than from one word list (see
# signals.py and understand.py).
PREDICATES = frozenset(
    [
        "organization", "in_organization", "short", "one_word", "only_names", "pronoun_first",
        "picks_from_group",
        "dated", "memory", "leans_back", "summit_in_play",
        "conflict_in_play", "own_subject", "names_something",
        "names_city", "names_session",
        "wants_summit", "wants_conflict", "picks_by_place", "list_in_play", "asks_rule",
        "state_as_place", "state_office", "asks_which_body",
    ]
) | {f"names_{kind}" for kind in KINDS}  # fmt: skip


class Rule(DataModel):
    """The signals that call for a row and those that rule it out, and the row's priority."""

    when: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    priority: int

    def test(self) -> Test:
        """The rule's `when` and `unless`, compiled for scoring questions quickly."""
        return Test(_alternatives(self.when), _alternatives(self.unless))

    def names(self) -> list[tuple[str, int, str]]:
        """Every signal named, with the field and position it is named at (for checking)."""
        return [
            (field, position, name.strip().removeprefix("!"))
            for field in ("when", "unless")
            for position, cue in enumerate(getattr(self, field))
            for name in cue.split("+")
        ]


Alternative = tuple[frozenset[str], frozenset[str]]  # the signals needed, and those ruled out


@dataclass(frozen=True, slots=True)
class Test:
    """A rule's alternatives, each split once into the signals it needs and those it rules out."""

    when: tuple[Alternative, ...]
    unless: tuple[Alternative, ...]

    def fits(self, signals: frozenset[str]) -> bool:
        """True when the question has what one `when` needs and no `unless` holds."""
        # Plain loops: this runs for every row on every question.
        for need, absent in self.unless:
            if need <= signals and signals.isdisjoint(absent):
                return False
        if not self.when:
            return True
        for need, absent in self.when:  # noqa: SIM110 - a loop is faster than any() here
            if need <= signals and signals.isdisjoint(absent):
                return True
        return False


def _alternatives(cues: tuple[str, ...]) -> tuple[Alternative, ...]:
    """Each "a + !b" as ({a}, {b})."""
    found = []
    for cue in cues:
        terms = [part.strip() for part in cue.split("+")]
        need = frozenset(term for term in terms if not term.startswith("!"))
        found.append((need, frozenset(term[1:] for term in terms if term.startswith("!"))))
    return tuple(found)


class Route(Rule):
    """A way to find what a question is about; its step may find nothing, and the next tries."""

    route: RouteName


class Row(Rule):
    """One row: an intent, the signals that call for it and those that rule it out."""

    intent: Intent
    kinds: tuple[Kind, ...]
    dates: Literal["any", "needed", "none"] = "any"

    @field_validator("intent", mode="before")
    @classmethod
    def _known_intent(cls, value: object) -> object:
        if isinstance(value, str) and value not in Intent._value2member_map_:
            raise ValueError(f"unknown intent '{value}'{did_you_mean(value, list(Intent))}")
        return value


class DatedAgain(DataModel):
    """What "and in 2022?" asks right after a question about a subject of `kind`."""

    kind: Kind
    after: Intent | None = None  # only after this intent
    intent: Intent


class TableFile(DataModel):
    """The shape of intents.yaml."""

    routes: tuple[Route, ...]
    intents: tuple[Row, ...]
    dated_again: tuple[DatedAgain, ...] = ()


@dataclass(frozen=True, slots=True)
class _Scored:
    """A row ready for scoring: its test, the dates it wants and what it gives."""

    test: Test
    dates: str
    intent: Intent


class IntentTable:
    """The routes and the rows of intents.yaml, compiled, rows grouped by kind, best first."""

    def __init__(
        self, routes: tuple[Route, ...], rows: tuple[Row, ...], dated: tuple[DatedAgain, ...] = ()
    ) -> None:
        self._dated: dict[tuple[str, Intent | None], Intent] = {
            (row.kind, row.after): row.intent for row in dated
        }
        ranked = sorted(routes, key=lambda route: -route.priority)
        self.routes = [(route.test(), route.route) for route in ranked]
        self.rows: dict[str, list[_Scored]] = {}
        for row in sorted(rows, key=lambda row: -row.priority):
            for kind in row.kinds:
                self.rows.setdefault(kind, []).append(_Scored(row.test(), row.dates, row.intent))

    def routes_for(self, signals: frozenset[str]) -> list[RouteName]:
        """The routes that fit the question, best first."""
        return [name for test, name in self.routes if test.fits(signals)]

    def dated_again(self, kind: str, last: Intent) -> Intent | None:
        """The intent of "and in 2022?" after `last` about a subject of `kind` (None: the same)."""
        return self._dated.get((kind, last)) or self._dated.get((kind, None))

    def families(self, kind: str) -> frozenset[str]:
        """The intent families ("member", "org") the rows of `kind` lead to, search aside."""
        rows = self.rows.get(kind, ())
        return frozenset(row.intent.family for row in rows) - {Intent.FACTS_SEARCH.family}

    def pick(self, kind: str, signals: frozenset[str], dated: bool) -> Intent:
        """The intent of the highest-priority row of `kind` that fits the question."""
        unwanted = "none" if dated else "needed"  # the rows' `dates` that rule them out
        for row in self.rows.get(kind, ()):  # best first: the first that fits scores highest
            if row.dates != unwanted and row.test.fits(signals):
                return row.intent
        return Intent.FACTS_SEARCH


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


def read_table(source: Path) -> IntentTable:
    """Read and check one intent table; raise KnowledgeError listing every problem, located."""
    loaded = read_data(source, TableFile)
    problems = _check(loaded.model, loaded.doc)
    if problems:
        raise KnowledgeError(problems)
    table = loaded.model
    return IntentTable(table.routes, table.intents, table.dated_again)


@cache
def intent_table() -> IntentTable:
    """The shipped intent table, read once."""
    return read_table(Path(__file__).with_name("intents.yaml"))
