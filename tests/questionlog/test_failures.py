"""A broken database never costs an answer: corrupt, read-only, recovering; retention and cap."""

from __future__ import annotations

import logging
import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.core.api import Answer
from bot.core.engine import Engine
from bot.observability import LoggedAnswerer
from bot.questionlog.answer import answer_id_of
from bot.questionlog.log import LogOptions, QuestionLog
from bot.questionlog.retention import prune, used_bytes
from bot.questionlog.schema import connect
from bot.questionlog.writer import WriterLimits
from tests.questionlog.helpers import FAST, open_log, rows

QUESTION = "When did Azerbaijan leave the CSTO?"
PLAIN = Answer(question="q", answered=False, text="t", confidence=0.0, intent="abstain")


def test_a_corrupt_database_leaves_answering_unaffected_and_is_reported_once(
    db: Path, engine: Engine, caplog: pytest.LogCaptureFixture
):
    """Garbage in the file: every question is still answered, one warning is logged."""
    db.parent.mkdir(parents=True)
    db.write_bytes(b"this is not a database" * 100)
    log = open_log(db, engine)
    answerer = LoggedAnswerer(engine, questions=log)
    with caplog.at_level(logging.WARNING, logger="bot.questionlog"):
        answers = [answerer.answer(QUESTION) for _ in range(3)]
        assert log.flush()
        answers.append(answerer.answer(QUESTION))
        assert log.flush()
    assert all(answer.answered for answer in answers)
    assert log.problem is not None
    warnings = [r for r in caplog.records if "not writable" in r.getMessage()]
    assert len(warnings) == 1
    log.close()


def test_the_log_recovers_when_the_database_does(db: Path, engine: Engine):
    """Rows queued while the file was corrupt are written once it is replaced by a good one."""
    db.parent.mkdir(parents=True)
    db.write_bytes(b"garbage" * 1000)
    log = open_log(db, engine)
    answerer = LoggedAnswerer(engine, questions=log)
    first = answerer.answer(QUESTION)
    assert log.flush()
    assert log.problem is not None
    db.unlink()
    time.sleep(FAST.retry_seconds * 2)
    second = answerer.answer(QUESTION)
    assert log.flush()
    log.close()
    assert log.problem is None
    assert {row["id"] for row in rows(db)} == {answer_id_of(first), answer_id_of(second)}


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make `path` unwritable for this process (root ignores modes, so it gets chattr +i)."""
    as_root = os.geteuid() == 0
    if as_root:
        subprocess.run(["chattr", "+i", str(path)], check=True)
    else:
        path.chmod(0o444)
        path.parent.chmod(0o555)
    try:
        yield
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        else:
            path.parent.chmod(0o755)
            path.chmod(0o644)


def test_a_read_only_database_leaves_answering_unaffected(db: Path, engine: Engine):
    """A file the bot may not write: the answer still comes, the problem is known, no row added."""
    connect(db).close()
    with connect(db) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")  # no -wal/-shm left beside it
    connection.close()
    with read_only(db):
        log = open_log(db, engine)
        answer = LoggedAnswerer(engine, questions=log).answer(QUESTION)
        assert log.flush()
        problem = log.problem
        log.close()
    assert answer.answered
    assert problem is not None
    assert rows(db) == []


def test_retention_removes_questions_older_than_the_period(db: Path, engine: Engine):
    """Questions older than the retention period go; recent ones and their feedback stay."""
    log = QuestionLog(LogOptions(db, limits=FAST), None)
    kept = log.record("recent", None, PLAIN)
    log.record_feedback(kept, False, "wrong")
    log.close()
    connection = connect(db)
    with connection:
        connection.execute("UPDATE questions SET asked_at = asked_at - 100 * 86400")
        connection.execute("INSERT INTO questions (id, asked_at, question, outcome) "
                           "VALUES ('new', ?, 'today', 'abstained')", (time.time(),))  # fmt: skip
    deleted = prune(connection, retention_days=90, max_bytes=10**9)
    connection.close()
    assert deleted == 1
    assert [row["question"] for row in rows(db)] == ["today"]
    assert rows(db, "SELECT * FROM feedback") == []


def test_the_size_cap_drops_the_oldest_questions_first(db: Path):
    """Over the cap, the oldest questions are deleted until the live data fits."""
    log = QuestionLog(LogOptions(db, limits=FAST), None)
    for number in range(3000):
        log.record(f"question number {number} " + "x" * 200, None, PLAIN)
    log.close()
    connection = connect(db)
    before = used_bytes(connection)
    cap = before // 3
    prune(connection, retention_days=90, max_bytes=cap)
    after = used_bytes(connection)
    connection.close()
    remaining = rows(db)
    assert after <= cap
    assert 0 < len(remaining) < 3000
    assert remaining[-1]["question"].startswith("question number 2999")


def test_the_writer_enforces_the_cap_by_itself(db: Path):
    """The writer thread prunes on its own: a tiny cap keeps the file's live data small."""
    limits = WriterLimits(linger_seconds=0.01, max_bytes=64 * 1024, prune_rows=300)
    log = QuestionLog(LogOptions(db, limits=limits), None)
    for batch in range(5):
        for number in range(300):
            log.record(f"{batch}-{number} " + "y" * 300, None, PLAIN)
        assert log.flush()
    log.close()
    connection = connect(db)
    assert used_bytes(connection) <= 64 * 1024
    connection.close()
