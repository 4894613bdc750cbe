"""Start the serving commands (`run`, `discord`, `slack`) from a mapping of settings variables."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Coroutine, Mapping
from functools import partial
from typing import Any

from bot.core.engine import Engine
from bot.observability import LoggedAnswerer
from bot.questionlog.config import open_question_log
from bot.questionlog.log import QuestionLog
from bot.runtime.health import HealthState, keep_heartbeat
from bot.runtime.knowledge import cache_directory, load_engine_or_report
from bot.runtime.logging_setup import configure_logging, log_event
from bot.runtime.platforms import NOTHING_CONFIGURED, Mode, build, wanted
from bot.runtime.reload import KnowledgeReloader
from bot.runtime.service import install_signals, serve
from bot.runtime.settings import Settings, SettingsError

logger = logging.getLogger("bot.runtime.launch")

EXIT_CONFIG = 2
EXIT_KNOWLEDGE = 1


def _fail(lines: list[str], code: int) -> int:
    for line in lines:
        print(line, file=sys.stderr)
    return code


def _is_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def launch(
    variables: Mapping[str, str],
    mode: Mode,
    *,
    sync_commands: bool = False,
    idle: bool = False,
    interactive: bool | None = None,
) -> int:
    """Start the platforms `mode` selects (none when `idle`); the exit code says how it ended.

    `variables` is the only input (the process environment is not read here); `interactive`
    says whether a person is at a terminal (default: whether stdin and stdout are terminals).
    """
    try:
        settings = Settings.from_mapping(variables)
        names = [] if idle else wanted(settings, mode)
    except SettingsError as error:
        return _fail(error.problems, EXIT_CONFIG)
    at_terminal = _is_terminal() if interactive is None else interactive
    if not names and not idle and not at_terminal:
        return _fail([NOTHING_CONFIGURED], EXIT_CONFIG)
    engine = load_engine_or_report(settings.knowledge_dir, cache_directory(variables))
    if engine is None:
        return EXIT_KNOWLEDGE
    if not names and not idle:
        return _chat(engine, settings, variables)
    configure_logging(settings.log_level, settings.log_format, settings.secret_values())
    return asyncio.run(_serve(settings, variables, names, engine, sync_commands))


def _chat(engine: Engine, settings: Settings, variables: Mapping[str, str]) -> int:
    from bot.adapters.terminal.chat import run_chat  # noqa: PLC0415 - only for the terminal

    questions = open_question_log(settings, engine, variables)
    try:
        return int(run_chat(LoggedAnswerer(engine, settings.log_user_ids, questions)))
    finally:
        if questions is not None:
            questions.close()


async def _serve(
    settings: Settings,
    variables: Mapping[str, str],
    names: list[str],
    engine: Engine,
    sync_commands: bool,
) -> int:
    questions = open_question_log(settings, engine, variables)
    try:
        return await _serve_platforms(settings, names, engine, questions, sync_commands)
    finally:
        if questions is not None:
            await asyncio.to_thread(questions.close)  # the last batch, off the event loop


async def _serve_platforms(
    settings: Settings,
    names: list[str],
    engine: Engine,
    questions: QuestionLog | None,
    sync_commands: bool,
) -> int:
    state = HealthState(knowledge_version=engine.knowledge_version, idle=not names)
    answerer = LoggedAnswerer(engine, settings.log_user_ids, questions)
    try:
        platforms = build(names, settings, answerer, state, sync_commands=sync_commands)
    except SettingsError as error:
        return _fail(error.problems, EXIT_CONFIG)
    reloader = KnowledgeReloader(
        settings.knowledge_dir,
        engine,
        on_swap=lambda new: setattr(state, "knowledge_version", new.version),
    )
    stop = asyncio.Event()
    install_signals(stop, on_hup=partial(reloader.reload, "SIGHUP"))
    support: list[Callable[[asyncio.Event], Coroutine[Any, Any, None]]] = [
        partial(keep_heartbeat, settings.health_file, state)
    ]
    if settings.knowledge_watch:
        support.append(reloader.watch)
    log_event(
        logger,
        "started",
        platforms=",".join(names),
        knowledge=engine.knowledge_version,
        knowledge_dir=str(settings.knowledge_dir),
        watch=settings.knowledge_watch,
    )
    return await serve(platforms, stop, state, support=support)
