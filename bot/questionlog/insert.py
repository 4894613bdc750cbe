"""Multi-row INSERTs: SQLite is entered once per slice of rows instead of once per row.

sqlite3 releases the GIL around every statement it runs; one statement per row would hand the
GIL back and forth with the answering threads hundreds of times per batch.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from functools import cache
from typing import Literal

# 80 rows of 12 columns stay under 999 parameters, the limit of SQLite builds before 3.32.
ROWS_PER_STATEMENT = 80

Table = Literal["questions", "feedback"]


@cache
def _statement(table: Table, width: int, count: int) -> str:
    row = "(" + ", ".join("?" * width) + ")"
    # Safe: the table is one of two literals and the rest is placeholders, never user text.
    return f"INSERT OR IGNORE INTO {table} VALUES " + ", ".join([row] * count)  # noqa: S608


def insert_rows(
    connection: sqlite3.Connection, table: Table, rows: Sequence[tuple[object, ...]]
) -> None:
    """Insert `rows` (all of one width) into `table`; rows whose id exists are skipped."""
    for start in range(0, len(rows), ROWS_PER_STATEMENT):
        chunk = rows[start : start + ROWS_PER_STATEMENT]
        values = [value for row in chunk for value in row]
        connection.execute(_statement(table, len(chunk[0]), len(chunk)), values)
