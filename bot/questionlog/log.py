"""The question log as the rest of the bot sees it: record, take feedback, report, close."""

from __future__ import annotations

import secrets
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from bot.core.api import Answer, Context
from bot.questionlog.privacy import Hasher, load_or_create_salt
from bot.questionlog.rows import FeedbackRow, clean_comment, question_row
from bot.questionlog.writer import BatchWriter, WriterLimits

# Subjects the bot knows that are nearest to a question (the gaps report shows them).
Nearest = Callable[[str], list[str]]


@dataclass(frozen=True, slots=True)
class LogOptions:
    """Where the log lives and what it may store."""

    path: Path
    include_user_ids: bool = False
    limits: WriterLimits = field(default_factory=WriterLimits)
    salt: bytes | None = None  # default: the per-install salt file beside the database


def new_id() -> str:
    """A fresh answer id: 16 hex characters, short enough for a button's custom_id."""
    return secrets.token_hex(8)


class QuestionLog:
    """Records questions and feedback through a background writer; never raises to callers."""

    def __init__(self, options: LogOptions, nearest: Nearest | None = None) -> None:
        self.options = options
        self.nearest = nearest
        salt = options.salt if options.salt is not None else _salt_or_random(options.path)
        self._hash = Hasher(salt)
        self._writer = BatchWriter(options.path, options.limits)

    @property
    def path(self) -> Path:
        """The database file."""
        return self.options.path

    @property
    def problem(self) -> str | None:
        """Why the database cannot be written right now (None while it can)."""
        return self._writer.problem

    def record(self, question: str, context: Context | None, answer: Answer) -> str:
        """Queue one question and its answer; returns the answer's log id at once."""
        answer_id = new_id()
        include_user = self.options.include_user_ids
        self._writer.put(
            partial(
                question_row,
                answer_id,
                time.time(),
                question,
                context,
                answer,
                hasher=self._hash,
                include_user=include_user,
            )
        )
        return answer_id

    def record_feedback(
        self,
        answer_id: str,
        helpful: bool,
        comment: str | None = None,
        platform: str | None = None,
        user: str | None = None,
    ) -> None:
        """Queue a 👍 or 👎 (with optional text) on a logged answer."""
        user_hash = self._hash(user) if self.options.include_user_ids and user else None
        row = FeedbackRow(
            new_id(), answer_id, time.time(), helpful, clean_comment(comment), platform, user_hash
        )
        self._writer.put(row)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until what was queued so far has been written (or has failed to be)."""
        return self._writer.flush(timeout)

    def close(self) -> None:
        """Write what is left and stop the writer."""
        self._writer.close()

    def summary(self, limit: int, days: float = 30.0) -> str:
        """A short gaps summary for admins in chat, at most `limit` characters (reads the DB)."""
        from bot.questionlog.gaps import Filters, build_report  # noqa: PLC0415 - rapidfuzz, lazily
        from bot.questionlog.report_text import chat_summary  # noqa: PLC0415

        filters = Filters(since=time.time() - days * 86400, top=5)
        try:
            report = build_report(self.path, filters, self.nearest)
        except sqlite3.Error as error:
            return f"The question log cannot be read right now ({type(error).__name__})."
        return chat_summary(report, limit)


def _salt_or_random(path: Path) -> bytes:
    """The install's salt; if its file cannot be written, a per-process one (hashes then differ
    between runs, which loses grouping but never privacy)."""
    try:
        return load_or_create_salt(path)
    except OSError:
        return secrets.token_bytes(32)


def question_log_of(answerer: object) -> QuestionLog | None:
    """The question log behind an Answerer, looking through wrappers that expose `.inner`."""
    for _ in range(8):  # wrappers nest a few deep at most
        found = getattr(answerer, "questions", None)
        if isinstance(found, QuestionLog):
            return found
        answerer = getattr(answerer, "inner", None)
        if answerer is None:
            return None
    return None
