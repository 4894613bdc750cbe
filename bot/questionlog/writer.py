"""The background writer: rows are queued by answering threads and written here, in batches.

Nothing on the answer path touches the database. A database that cannot be written (locked,
full, read-only, corrupt) is reported once; rows wait in memory and the writer retries until
it recovers. Rows carry their own ids, so a retried batch never duplicates anything.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.questionlog.insert import insert_rows
from bot.questionlog.retention import prune
from bot.questionlog.rows import FeedbackRow, QuestionRow
from bot.questionlog.schema import connect
from bot.runtime.logging_setup import log_event

logger = logging.getLogger("bot.questionlog")

Row = QuestionRow | FeedbackRow
# A question's row is built on the writer thread, off the answer path.
Item = Row | Callable[[], Row]

YIELD_EVERY = 4  # rows built between two GIL hand-overs (a row takes some 20 µs)


@dataclass(frozen=True, slots=True)
class WriterLimits:
    """How the writer batches, retries and prunes."""

    retention_days: float = 90.0
    max_bytes: int = 100 * 1024 * 1024
    batch_size: int = 500
    linger_seconds: float = 0.2  # how long a batch waits to fill up
    retry_seconds: float = 5.0
    prune_seconds: float = 3600.0
    prune_rows: int = 10_000  # ... or after this many rows, so a busy hour cannot blow the cap
    queue_size: int = 10_000
    pending_limit: int = 50_000  # rows kept in memory while the database is down


@dataclass
class _Flush:
    done: threading.Event = field(default_factory=threading.Event)


_STOP = object()


class BatchWriter:
    """Owns the one writing connection; `put` never blocks and never raises."""

    def __init__(self, path: Path, limits: WriterLimits | None = None) -> None:
        self.path = path
        self.limits = limits or WriterLimits()
        self._queue: queue.Queue[object] = queue.Queue(self.limits.queue_size)
        self._pending: list[Item] = []
        self._connection: sqlite3.Connection | None = None
        self._next_attempt = 0.0
        self._next_prune = 0.0
        self._problem: str | None = None
        self.dropped = 0
        self.written = 0
        self._prune_at_rows = 0
        self._thread = threading.Thread(target=self._run, name="csto-questionlog", daemon=True)
        self._thread.start()

    @property
    def problem(self) -> str | None:
        """Why the database cannot be written right now (None while it can)."""
        return self._problem

    def put(self, row: Item) -> None:
        """Queue a row (or what builds it); when the queue is full it is dropped and counted."""
        try:
            self._queue.put_nowait(row)
        except queue.Full:
            self.dropped += 1
            if self.dropped == 1:
                log_event(logger, "question log queue full; dropping rows", logging.WARNING)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued so far has had a write attempt; False on timeout."""
        if not self._thread.is_alive():
            return not self._pending
        marker = _Flush()
        self._queue.put(marker)
        return marker.done.wait(timeout)

    def close(self, timeout: float = 10.0) -> None:
        """Write what is left (one last attempt) and stop the thread."""
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            batch, markers, stop = self._collect()
            self._pending.extend(batch)
            now = time.monotonic()
            if self._pending and (stop or markers or now >= self._next_attempt):
                self._write()
            due = now >= self._next_prune or self.written >= self._prune_at_rows
            if due and self._problem is None:
                self._prune()
            for marker in markers:
                marker.done.set()
            if stop:
                self._stop()
                return

    def _stop(self) -> None:
        if self._pending:
            log_event(
                logger,
                "question log stopped with rows it could not write",
                logging.WARNING,
                rows=len(self._pending),
                error=self._problem,
            )
        if self._connection is not None:
            self._connection.close()

    def _collect(self) -> tuple[list[Item], list[_Flush], bool]:
        """Wait for a first item, let a batch gather for the linger time, then take it all."""
        rows: list[Item] = []
        markers: list[_Flush] = []
        # Waking now and then lets retries and the retention run even when nobody asks anything.
        timeout = self.limits.retry_seconds if self._pending else self.limits.prune_seconds
        try:
            item = self._queue.get(timeout=timeout)
        except queue.Empty:
            return rows, markers, False
        backlog = self._queue.qsize() >= self.limits.batch_size
        if not backlog and not isinstance(item, _Flush) and item is not _STOP:
            # Sleeping rather than waiting on the queue: a waiting reader would be woken (and
            # take the GIL from the answering threads) by every single question.
            time.sleep(self.limits.linger_seconds)
        while True:
            if item is _STOP:
                return rows, markers, True
            if isinstance(item, _Flush):
                markers.append(item)
                break
            rows.append(item)  # type: ignore[arg-type]  # only rows, markers and _STOP are queued
            if len(rows) >= self.limits.batch_size:
                break
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
        return rows, markers, False

    def _write(self) -> None:
        self._pending = self._build_all()
        try:
            connection = self._connect()
            questions = [r for r in self._pending if isinstance(r, QuestionRow)]
            feedback = [r for r in self._pending if isinstance(r, FeedbackRow)]
            with connection:
                insert_rows(connection, "questions", questions)
                insert_rows(connection, "feedback", feedback)
        except (sqlite3.Error, OSError) as error:
            self._failed(error)
            return
        self.written += len(self._pending)
        self._pending.clear()
        if self._problem is not None:
            log_event(logger, "question log writable again", path=str(self.path))
            self._problem = None

    def _build_all(self) -> list[Item]:
        """Build the queued rows, handing the GIL back often so answering threads never wait
        behind a whole batch (the interpreter would otherwise switch only every 5 ms)."""
        rows: list[Item] = []
        for number, item in enumerate(self._pending):
            row = _built(item)
            if row is not None:
                rows.append(row)
            if number % YIELD_EVERY == YIELD_EVERY - 1:
                time.sleep(0)
        return rows

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = connect(self.path)
        return self._connection

    def _failed(self, error: BaseException) -> None:
        """Report once, drop the connection (it is reopened on retry), keep the rows in memory."""
        problem = f"{type(error).__name__}: {error}"
        if self._problem is None:
            log_event(
                logger,
                "question log not writable; answering continues, rows wait in memory",
                logging.WARNING,
                path=str(self.path),
                error=problem,
            )
        self._problem = problem
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self._next_attempt = time.monotonic() + self.limits.retry_seconds
        overflow = len(self._pending) - self.limits.pending_limit
        if overflow > 0:
            del self._pending[:overflow]
            self.dropped += overflow

    def _prune(self) -> None:
        self._next_prune = time.monotonic() + self.limits.prune_seconds
        self._prune_at_rows = self.written + self.limits.prune_rows
        try:
            deleted = prune(self._connect(), self.limits.retention_days, self.limits.max_bytes)
        except (sqlite3.Error, OSError) as error:
            self._failed(error)
            return
        if deleted:
            log_event(logger, "question log pruned", deleted=deleted)


def _built(item: Item) -> Row | None:
    """The row itself; a row that cannot be built is logged and skipped, never fatal."""
    if isinstance(item, tuple):
        return item
    try:
        return item()
    except Exception:
        logger.exception("question log row not built")
        return None
