"""Keeps the log within its retention period and size cap (run on the writer thread)."""

from __future__ import annotations

import sqlite3
import time

# Removing the oldest rows a slice at a time keeps each transaction, and the lock, short.
DELETE_SLICE = 500


def used_bytes(connection: sqlite3.Connection) -> int:
    """Bytes the log's live pages take (free pages not counted)."""
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    free = connection.execute("PRAGMA freelist_count").fetchone()[0]
    size = connection.execute("PRAGMA page_size").fetchone()[0]
    return int((pages - free) * size)


def prune(
    connection: sqlite3.Connection, retention_days: float, max_bytes: int, now: float | None = None
) -> int:
    """Delete questions older than the retention period, then the oldest until under the cap."""
    cutoff = (time.time() if now is None else now) - retention_days * 86400
    with connection:
        deleted = connection.execute("DELETE FROM questions WHERE asked_at < ?", (cutoff,)).rowcount
    while used_bytes(connection) > max_bytes:
        with connection:
            removed = connection.execute(
                "DELETE FROM questions WHERE id IN "
                "(SELECT id FROM questions ORDER BY asked_at LIMIT ?)",
                (DELETE_SLICE,),
            ).rowcount
        if removed == 0:
            break
        deleted += removed
        _drop_orphan_feedback(connection)
        connection.execute("PRAGMA incremental_vacuum")
    if deleted:
        _drop_orphan_feedback(connection)
        connection.execute("PRAGMA incremental_vacuum")
    return deleted


def _drop_orphan_feedback(connection: sqlite3.Connection) -> None:
    with connection:
        connection.execute("DELETE FROM feedback WHERE answer_id NOT IN (SELECT id FROM questions)")
