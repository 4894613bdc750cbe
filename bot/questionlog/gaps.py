"""The editors' report: what people asked that the bot could not answer, or answered badly."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.questionlog.grouping import SIMILARITY, group_similar, normalized
from bot.questionlog.outcome import UNANSWERED
from bot.questionlog.schema import connect_read_only
from bot.questionlog.store import Logged, Vote, read_questions, read_votes

Nearest = Callable[[str], list[str]]
EXAMPLES = 3
LOW_CONFIDENCE = 0.7


@dataclass(frozen=True, slots=True)
class Filters:
    """What part of the log a report covers."""

    since: float = 0.0
    platform: str | None = None
    min_count: int = 1
    similarity: float = SIMILARITY
    low_confidence: float = LOW_CONFIDENCE
    top: int = 20


@dataclass
class Gap:
    """A group of similar questions the bot did not answer."""

    count: int
    first_seen: float
    last_seen: float
    examples: list[str]
    outcomes: dict[str, int]
    nearest: list[str] = field(default_factory=list)


@dataclass
class Disliked:
    """An answer people marked 👎, with what they said and the facts it cited."""

    question: str
    down: int
    up: int
    comments: list[str]
    facts: list[str]
    knowledge_version: str


@dataclass
class LowConfidence:
    """A question answered with little confidence."""

    question: str
    count: int
    confidence: float
    facts: list[str]


@dataclass
class VersionAnswer:
    """How a question was last answered under one knowledge version."""

    version: str
    outcome: str
    facts: list[str]


@dataclass
class Changed:
    """A question whose answer differs between knowledge versions."""

    question: str
    versions: list[VersionAnswer]


@dataclass
class GapsReport:
    """Everything `csto-bot gaps` prints."""

    generated_at: float
    since: float
    platform: str | None
    questions: int
    unanswered: list[Gap]
    disliked: list[Disliked]
    low_confidence: list[LowConfidence]
    changed: list[Changed]


def build_report(
    path: Path,
    filters: Filters | None = None,
    nearest: Nearest | None = None,
) -> GapsReport:
    """Read the log at `path` and build the report; sqlite3.Error when it cannot be read."""
    filters = filters or Filters()
    connection = connect_read_only(path)
    try:
        rows = read_questions(connection, filters.since, filters.platform)
        votes = read_votes(connection, filters.since)
    finally:
        connection.close()
    return report_from(rows, votes, filters, nearest)


def report_from(
    rows: list[Logged], votes: list[Vote], filters: Filters, nearest: Nearest | None = None
) -> GapsReport:
    """Build the report from rows already read."""
    return GapsReport(
        generated_at=time.time(),
        since=filters.since,
        platform=filters.platform,
        questions=len(rows),
        unanswered=_unanswered(rows, filters, nearest),
        disliked=_disliked(rows, votes, filters),
        low_confidence=_low_confidence(rows, filters),
        changed=_changed(rows, filters),
    )


def _unanswered(rows: list[Logged], filters: Filters, nearest: Nearest | None) -> list[Gap]:
    missed = [row for row in rows if row.outcome in UNANSWERED]
    gaps = []
    for group in group_similar(missed, lambda row: row.question, filters.similarity):
        if len(group) < filters.min_count:
            break  # groups come largest first
        # Phrasings that differ only in case or punctuation count as one; the first one seen
        # stands for them.
        phrasings: dict[str, int] = defaultdict(int)
        shown: dict[str, str] = {}
        outcomes: dict[str, int] = defaultdict(int)
        for row in group:
            form = normalized(row.question)
            phrasings[form] += 1
            shown.setdefault(form, row.question.strip())
            outcomes[row.outcome] += 1
        forms = sorted(phrasings, key=lambda form: -phrasings[form])[:EXAMPLES]
        examples = [shown[form] for form in forms]
        gap = Gap(
            count=len(group),
            first_seen=min(row.asked_at for row in group),
            last_seen=max(row.asked_at for row in group),
            examples=examples,
            outcomes=dict(outcomes),
            nearest=nearest(examples[0]) if nearest else [],
        )
        gaps.append(gap)
        if len(gaps) == filters.top:
            break
    return gaps


def _disliked(rows: list[Logged], votes: list[Vote], filters: Filters) -> list[Disliked]:
    by_id = {row.id: row for row in rows}
    grouped: dict[str, Disliked] = {}
    for vote in votes:
        row = by_id.get(vote.answer_id)
        if row is None:
            continue  # outside the filters
        entry = grouped.setdefault(
            normalized(row.question),
            Disliked(row.question, 0, 0, [], list(row.facts), row.knowledge_version),
        )
        entry.down += not vote.helpful
        entry.up += vote.helpful
        if vote.comment and not vote.helpful:
            entry.comments.append(vote.comment)
    ranked = sorted((e for e in grouped.values() if e.down), key=lambda e: (-e.down, e.up))
    return [entry for entry in ranked if entry.down >= filters.min_count][: filters.top]


def _low_confidence(rows: list[Logged], filters: Filters) -> list[LowConfidence]:
    grouped: dict[str, LowConfidence] = {}
    for row in rows:
        if row.outcome != "answered" or row.confidence >= filters.low_confidence:
            continue
        if row.intent == "help":
            continue
        entry = grouped.setdefault(
            normalized(row.question), LowConfidence(row.question, 0, row.confidence, [])
        )
        entry.count += 1
        entry.confidence = min(entry.confidence, row.confidence)
        entry.facts = list(dict.fromkeys([*entry.facts, *row.facts]))
    ranked = sorted(grouped.values(), key=lambda e: (e.confidence, -e.count))
    return [entry for entry in ranked if entry.count >= filters.min_count][: filters.top]


def _changed(rows: list[Logged], filters: Filters) -> list[Changed]:
    """Questions asked under two or more knowledge versions whose answers differ between them."""
    latest: dict[str, dict[str, Logged]] = defaultdict(dict)
    for row in rows:  # oldest first, so the last row per version wins
        if row.knowledge_version:
            latest[normalized(row.question)][row.knowledge_version] = row
    changed = []
    for by_version in latest.values():
        shapes = {(row.outcome, row.facts) for row in by_version.values()}
        if len(by_version) < 2 or len(shapes) < 2:
            continue
        versions = sorted(by_version.values(), key=lambda row: row.asked_at)
        changed.append(
            Changed(
                question=versions[-1].question,
                versions=[
                    VersionAnswer(r.knowledge_version, r.outcome, list(r.facts)) for r in versions
                ],
            )
        )
    return changed[: filters.top]
