"""Helpers for question-log tests: a log on a real file, and reading that file back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.core.engine import Engine
from bot.questionlog.config import nearest_subjects
from bot.questionlog.log import LogOptions, QuestionLog
from bot.questionlog.writer import WriterLimits

FAST = WriterLimits(linger_seconds=0.01, retry_seconds=0.05)


def open_log(
    path: Path, engine: Engine, *, users: bool = False, limits: WriterLimits = FAST
) -> QuestionLog:
    """A question log at `path` whose report knows the engine's subjects."""
    return QuestionLog(LogOptions(path, users, limits), nearest_subjects(engine))


def rows(path: Path, sql: str = "SELECT * FROM questions ORDER BY asked_at") -> list[sqlite3.Row]:
    """Read rows straight from the file, as an outside tool would."""
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()
