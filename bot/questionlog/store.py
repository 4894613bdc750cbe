"""Reading the question log back: the rows a report needs, and a one-line state for health."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bot.questionlog.retention import used_bytes
from bot.questionlog.schema import connect_read_only


@dataclass(frozen=True, slots=True)
class Logged:
    """A logged question as a report reads it."""

    id: str
    asked_at: float
    platform: str | None
    question: str
    outcome: str
    intent: str
    subjects: tuple[str, ...]
    confidence: float
    facts: tuple[str, ...]
    knowledge_version: str


@dataclass(frozen=True, slots=True)
class Vote:
    """Feedback on a logged answer."""

    answer_id: str
    helpful: bool
    comment: str | None


def read_questions(
    connection: sqlite3.Connection, since: float, platform: str | None = None
) -> list[Logged]:
    """Questions asked at or after `since` (a Unix time), oldest first."""
    sql = (
        "SELECT id, asked_at, platform, question, outcome, intent, subjects, confidence, facts, "
        "knowledge_version FROM questions WHERE asked_at >= ?"
    )
    parameters: list[object] = [since]
    if platform:
        sql += " AND platform = ?"
        parameters.append(platform)
    rows = connection.execute(sql + " ORDER BY asked_at", parameters).fetchall()
    return [
        Logged(
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            row[5] or "",
            tuple(json.loads(row[6] or "[]")),
            float(row[7] or 0.0),
            tuple(json.loads(row[8] or "[]")),
            row[9] or "",
        )
        for row in rows
    ]


def read_votes(connection: sqlite3.Connection, since: float) -> list[Vote]:
    """Feedback given at or after `since`."""
    rows = connection.execute(
        "SELECT answer_id, helpful, comment FROM feedback WHERE given_at >= ? ORDER BY given_at",
        (since,),
    ).fetchall()
    return [Vote(row[0], bool(row[1]), row[2]) for row in rows]


def describe(path: Path) -> str:
    """One line on the database for `csto-bot health`: size and rows, or what is wrong."""
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as error:
        return f"question log: {error}"
    try:
        questions = connection.execute("SELECT count(*) FROM questions").fetchone()[0]
        votes = connection.execute("SELECT count(*) FROM feedback").fetchone()[0]
        size = used_bytes(connection) / 1_000_000
    except sqlite3.Error as error:
        return f"question log: unreadable ({type(error).__name__}: {error}) at {path}"
    finally:
        connection.close()
    return f"question log: ok, {questions} questions, {votes} feedback, {size:.1f} MB at {path}"
