"""The question log's options from Settings: on by default, in the user's state directory."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from bot.core.api import Answerer
from bot.questionlog.log import LogOptions, Nearest, QuestionLog
from bot.questionlog.store import describe
from bot.questionlog.writer import WriterLimits
from bot.runtime.settings import Settings, SettingsError

FILE_NAME = "questions.sqlite3"


def default_path(environ: Mapping[str, str]) -> Path:
    """$XDG_STATE_HOME/csto-bot/questions.sqlite3, else ~/.local/state/csto-bot/..."""
    base = environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "csto-bot" / FILE_NAME


def log_path(settings: Settings, environ: Mapping[str, str] | None = None) -> Path:
    """Where the question log lives: QUESTION_LOG_PATH, else the default."""
    if settings.question_log_path is not None:
        return settings.question_log_path
    return default_path(os.environ if environ is None else environ)


def log_options(settings: Settings, environ: Mapping[str, str] | None = None) -> LogOptions | None:
    """The log's options, or None when the operator turned the log off."""
    if not settings.question_log:
        return None
    limits = WriterLimits(
        retention_days=settings.question_log_retention_days,
        max_bytes=int(settings.question_log_max_mb * 1024 * 1024),
    )
    return LogOptions(log_path(settings, environ), settings.log_user_ids, limits)


def nearest_subjects(answerer: Answerer, limit: int = 3) -> Nearest:
    """The subjects the bot knows nearest to a question, through its autocomplete."""

    def nearest(question: str) -> list[str]:
        return [choice.label for choice in answerer.complete(question, None, limit)]

    return nearest


def open_question_log(
    settings: Settings, answerer: Answerer, environ: Mapping[str, str] | None = None
) -> QuestionLog | None:
    """The question log the settings ask for (None when it is turned off)."""
    options = log_options(settings, environ)
    if options is None:
        return None
    return QuestionLog(options, nearest_subjects(answerer))


def question_log_state(variables: Mapping[str, str]) -> str:
    """One line on the question log for `csto-bot health` (it never makes the bot unhealthy)."""
    try:
        settings = Settings.from_mapping(variables)
    except SettingsError as error:
        return f"question log: {error.problems[0]}"
    if not settings.question_log:
        return "question log: off (QUESTION_LOG=false)"
    return describe(log_path(settings, variables))


def terminal_question_log(answerer: Answerer, variables: Mapping[str, str]) -> QuestionLog | None:
    """The question log for `csto-bot chat`; broken settings only turn the log off there."""
    try:
        settings = Settings.from_mapping(variables)
    except SettingsError:
        return None
    return open_question_log(settings, answerer, variables)
