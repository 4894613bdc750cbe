"""The SQLite schema of the question log, and how every connection to it is opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Another process (a restart overlapping the old one) may hold the write lock for a moment.
BUSY_TIMEOUT_MS = 5000

SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    id TEXT PRIMARY KEY,
    asked_at REAL NOT NULL,
    platform TEXT,
    question TEXT NOT NULL,
    outcome TEXT NOT NULL,
    intent TEXT,
    subjects TEXT NOT NULL DEFAULT '[]',
    confidence REAL,
    facts TEXT NOT NULL DEFAULT '[]',
    knowledge_version TEXT,
    conversation TEXT,
    user_hash TEXT
);
CREATE INDEX IF NOT EXISTS questions_asked_at ON questions (asked_at);
CREATE TABLE IF NOT EXISTS feedback (
    id TEXT PRIMARY KEY,
    answer_id TEXT NOT NULL,
    given_at REAL NOT NULL,
    helpful INTEGER NOT NULL,
    comment TEXT,
    platform TEXT,
    user_hash TEXT
);
CREATE INDEX IF NOT EXISTS feedback_answer ON feedback (answer_id);
"""


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the log for writing: WAL, a busy timeout, the schema in place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        # Incremental auto-vacuum lets the size cap give pages back; it only takes effect on a
        # new file, so it is set before the first table exists.
        connection.execute("PRAGMA auto_vacuum = INCREMENTAL")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA synchronous = NORMAL")
        with connection:
            connection.executescript(SCHEMA)
    except BaseException:
        connection.close()
        raise
    return connection


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open an existing log for reading only; sqlite3.Error when it is missing or unreadable."""
    if not path.is_file():
        raise sqlite3.OperationalError(f"no question log at {path}")
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return connection
