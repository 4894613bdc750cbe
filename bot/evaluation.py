"""Score the engine against golden question files: accuracy and abstention by category."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated

from pydantic import StringConstraints

from bot.core.answering.compose import CITATION_MARKER
from bot.core.api import Answer, Context
from bot.core.engine import Engine
from bot.core.language.datafile import DataModel, read_data

Expectation = str | list[str]


@dataclass(frozen=True, slots=True)
class Case:
    """One golden question: what is asked, and what a right answer contains (or abstain)."""

    category: str
    question: str
    expect: tuple[Expectation, ...] = ()
    abstain: bool = False
    conversation: str | None = None
    followup: bool = False
    file: str = ""
    # The set it comes from: two sets' "conversations-0" are different conversations.
    source: str = ""

    @property
    def id(self) -> str:
        """A stable id for pinning: the file (and conversation) plus the question text."""
        where = self.conversation if self.followup and self.conversation else self.file
        return f"{where}: {self.question}"


@dataclass
class Outcome:
    """How the engine did on one case."""

    case: Case
    answer: Answer
    passed: bool
    missing: list[str] = field(default_factory=list)


def answer_text(answer: Answer) -> str:
    """All the words a user sees: text, list items and section lines."""
    lines = [answer.text, *answer.items]
    for section in answer.shown_sections():
        lines.extend([section.title, *section.lines])
    return "\n".join(lines)


_Text = Annotated[str, StringConstraints(min_length=1)]


class _Entry(DataModel):
    """One question of a case file: its text, what a right answer says, or that it is declined."""

    q: _Text
    # Each item is met by the text containing it, or (a list) any one of its alternatives.
    expect: tuple[_Text | tuple[_Text, ...], ...] = ()
    abstain: bool = False


class _Conversation(DataModel):
    """Questions asked one after another in one conversation."""

    turns: tuple[_Entry, ...]


class _CaseFile(DataModel):
    """The shape of a golden or fresh case file (see tests/golden/README.md)."""

    category: _Text | None = None
    questions: tuple[_Entry, ...] | None = ()
    followups: tuple[_Conversation, ...] | None = ()


def load_cases(path: Path) -> list[Case]:
    """Read one golden YAML file or every *.yaml in a directory; a malformed file raises
    KnowledgeError naming its file, line and field."""
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    cases: list[Case] = []
    for file in files:
        data = read_data(file, _CaseFile).model
        category = data.category or file.stem
        for entry in data.questions or ():
            cases.append(_case(category, entry, None, file.name))
        for index, conversation in enumerate(data.followups or ()):
            key = f"{file.stem}-{index}"
            for turn in conversation.turns:
                cases.append(_case(category, turn, key, file.name))
    return [replace(case, source=str(path)) for case in cases]


def _case(category: str, entry: _Entry, key: str | None, file: str) -> Case:
    expect = tuple(item if isinstance(item, str) else list(item) for item in entry.expect)
    return Case(category, entry.q, expect, entry.abstain, key, key is not None, file)


def missing_expected(case: Case, text: str) -> list[str]:
    """The expectations of a case that the text does not meet (each by any of its options)."""
    # Citation markers ("[3]") are no content: "3 years" must not be met by a third source.
    lowered = CITATION_MARKER.sub(" ", text).casefold()
    missing = []
    for expectation in case.expect:
        options = [expectation] if isinstance(expectation, str) else expectation
        if not any(option.casefold() in lowered for option in options):
            missing.append(" | ".join(options))
    return missing


PINS_FILE = "passing.txt"
_PINS_HEADER = (
    "# Questions of this set that pass, one id (file or conversation: question) a line.\n"
    "# A pinned question that stops passing fails the tests. Update after a gain with:\n"
    "#   csto-bot eval <this directory> --update-pins\n"
)


def read_pins(path: Path) -> set[str]:
    """The pinned ids in a pins file (comments and blank lines skipped)."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return {line for line in lines if line.strip() and not line.startswith("#")}


def write_pins(path: Path, outcomes: Iterable[Outcome]) -> int:
    """Record the ids of the passing outcomes, sorted; returns how many."""
    passing = sorted(outcome.case.id for outcome in outcomes if outcome.passed)
    path.write_text(_PINS_HEADER + "".join(f"{line}\n" for line in passing), encoding="utf-8")
    return len(passing)


def run_cases(engine: Engine, cases: Iterable[Case]) -> list[Outcome]:
    """Ask every case (follow-ups share their conversation) and judge the answers."""
    outcomes = []
    for index, case in enumerate(cases):
        # Keyed by set too: each set's conversations and single questions start afresh.
        conversation = case.conversation or f"golden-{index}"
        context = Context(conversation=f"{case.source}:{conversation}", platform="eval")
        answer = engine.answer(case.question, context)
        if case.abstain:
            outcomes.append(Outcome(case, answer, passed=not answer.answered))
            continue
        missing = (
            missing_expected(case, answer_text(answer)) if answer.answered else ["(abstained)"]
        )
        outcomes.append(Outcome(case, answer, passed=not missing, missing=missing))
    return outcomes


@dataclass(frozen=True, slots=True)
class Score:
    """Totals for one group of outcomes: right, answered wrongly, and abstained."""

    total: int
    passed: int
    abstained: int
    wrong: int = 0

    @property
    def rate(self) -> float:
        """Share passed, 1.0 for an empty group."""
        return self.passed / self.total if self.total else 1.0

    @property
    def wrong_rate(self) -> float:
        """Share answered wrongly: the worst outcome, so reported on its own."""
        return self.wrong / self.total if self.total else 0.0


def _answered_wrongly(outcome: Outcome) -> bool:
    # An abstention is never "wrong" in this sense; an answer that misses the facts, or any
    # answer to a question that must be abstained, is.
    return outcome.answer.answered and not outcome.passed


def score(outcomes: Iterable[Outcome]) -> Score:
    """Count passes, wrong answers and abstentions."""
    listed = list(outcomes)
    return Score(
        len(listed),
        sum(outcome.passed for outcome in listed),
        sum(not outcome.answer.answered for outcome in listed),
        sum(_answered_wrongly(outcome) for outcome in listed),
    )


def conversations(outcomes: list[Outcome]) -> tuple[int, int]:
    """(conversations right at every turn, conversations in all)."""
    turns: dict[tuple[str, str], list[bool]] = {}
    for outcome in outcomes:
        case = outcome.case
        if case.followup and case.conversation:
            turns.setdefault((case.source, case.conversation), []).append(outcome.passed)
    return sum(all(passed) for passed in turns.values()), len(turns)


def in_domain(outcomes: list[Outcome]) -> list[Outcome]:
    """Outcomes of questions that must be answered."""
    return [outcome for outcome in outcomes if not outcome.case.abstain]


def out_of_domain(outcomes: list[Outcome]) -> list[Outcome]:
    """Outcomes of questions that must be abstained."""
    return [outcome for outcome in outcomes if outcome.case.abstain]


def report(outcomes: list[Outcome], show_failures: bool = True) -> str:
    """A plain-text report: per category, the totals, then each failure."""
    lines = [
        f"{'category':<16}{'questions':>10}{'correct':>9}{'accuracy':>10}"
        f"{'wrong':>7}{'abstained':>11}"
    ]
    categories = sorted({outcome.case.category for outcome in outcomes})
    for category in categories:
        result = score(o for o in outcomes if o.case.category == category)
        lines.append(
            f"{category:<16}{result.total:>10}{result.passed:>9}{result.rate:>10.1%}"
            f"{result.wrong:>7}{result.abstained:>11}"
        )
    inside, outside = score(in_domain(outcomes)), score(out_of_domain(outcomes))
    followups = score(o for o in in_domain(outcomes) if o.case.followup)
    whole, talks = conversations(outcomes)
    lines += [
        "",
        f"in-domain correct: {inside.rate:.1%} ({inside.passed}/{inside.total}); "
        f"answered wrongly: {inside.wrong_rate:.1%} ({inside.wrong}); "
        f"abstained: {inside.abstained}",
        f"must-abstain questions abstained: {outside.rate:.1%} ({outside.passed}/{outside.total}); "
        f"answered anyway: {outside.wrong}",
        f"follow-up turns: {followups.rate:.1%} ({followups.passed}/{followups.total}); "
        f"conversations right at every turn: {whole}/{talks}",
    ]
    if show_failures:
        lines += _failures(outcomes)
    return "\n".join(lines)


def _failures(outcomes: list[Outcome]) -> list[str]:
    failures = [o for o in outcomes if not o.passed]
    lines = ["", f"failures ({len(failures)}):"] if failures else []
    for outcome in failures:
        case = outcome.case
        kind = "WRONG" if _answered_wrongly(outcome) else "abstained"
        wanted = "abstain" if case.abstain else "missing " + ", ".join(outcome.missing)
        got = outcome.answer.text.replace("\n", " ")[:160]
        lines.append(
            f"- {kind} [{case.category}] {case.question!r}: {wanted}; "
            f"got [{outcome.answer.intent} {outcome.answer.confidence:.2f}] {got}"
        )
    return lines


@dataclass(frozen=True, slots=True)
class Band:
    """Answers whose confidence falls in [low, high): how many, and how many of them are right."""

    low: float
    high: float
    answers: int
    right: int

    @property
    def share(self) -> float:
        """Share of the band's answers that are right, 0.0 for an empty band."""
        return self.right / self.answers if self.answers else 0.0


# Answers start at the engine's threshold (0.5); the last band includes 1.0.
BAND_EDGES = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


def calibration(outcomes: Iterable[Outcome]) -> list[Band]:
    """Per confidence band, the answers given and the share of them that are right.

    An answer to a question that must be abstained is wrong; abstentions are not answers and are
    not counted."""
    answered = [outcome for outcome in outcomes if outcome.answer.answered]
    bands = []
    for low, high in itertools.pairwise(BAND_EDGES):
        inside = [o for o in answered if low <= o.answer.confidence < high]
        bands.append(Band(low, min(high, 1.0), len(inside), sum(o.passed for o in inside)))
    below = [o for o in answered if o.answer.confidence < BAND_EDGES[0]]
    if below:
        bands.insert(0, Band(0.0, BAND_EDGES[0], len(below), sum(o.passed for o in below)))
    return bands


def calibration_report(outcomes: list[Outcome]) -> str:
    """A table: per confidence band, answers given and the share of them that are right."""
    lines = [f"{'confidence':<12}{'answers':>9}{'right':>7}{'share right':>13}"]
    for band in calibration(outcomes):
        lines.append(
            f"{band.low:.1f}-{band.high:.1f}{'':<5}{band.answers:>9}{band.right:>7}"
            f"{band.share:>13.1%}"
        )
    return "\n".join(lines)
