"""The composition root of `csto-bot run|discord|slack`: settings, logging, knowledge, platforms."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Callable, Coroutine
from functools import partial
from pathlib import Path
from typing import Any

from bot.core.engine import Engine
from bot.core.knowledge.errors import KnowledgeError
from bot.core.knowledge.loader import load_knowledge
from bot.core.knowledge.models import Knowledge
from bot.health import HealthState, keep_heartbeat
from bot.logging_setup import configure_logging, log_event
from bot.observability import LoggedAnswerer
from bot.platforms import NOTHING_CONFIGURED, Mode, build, wanted
from bot.questionlog.config import open_question_log
from bot.reload import KnowledgeReloader
from bot.service import install_signals, serve
from bot.settings import Settings, SettingsError

logger = logging.getLogger("bot.launch")

EXIT_CONFIG = 2
EXIT_KNOWLEDGE = 1


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments shared by run, discord and slack."""
    parser.add_argument(
        "--env-file",
        type=Path,
        default=Path(".env"),
        help="read settings from this file too, when it exists (default .env)",
    )


def _fail(lines: list[str], code: int) -> int:
    for line in lines:
        print(line, file=sys.stderr)
    return code


def _is_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def launch(
    args: argparse.Namespace, mode: Mode, sync_commands: bool = False, idle: bool = False
) -> int:
    """Start the platforms `mode` selects (none when `idle`); the exit code says how it ended."""
    try:
        settings = Settings.from_env(args.env_file)
        names = [] if idle else wanted(settings, mode)
    except SettingsError as error:
        return _fail(error.problems, EXIT_CONFIG)
    if not names and not idle and not _is_terminal():
        return _fail([NOTHING_CONFIGURED], EXIT_CONFIG)
    knowledge = _load(settings.knowledge_dir)
    if knowledge is None:
        return EXIT_KNOWLEDGE
    if not names and not idle:
        return _chat(knowledge, settings)
    configure_logging(settings.log_level, settings.log_format, settings.secret_values())
    return asyncio.run(_serve(settings, names, knowledge, sync_commands))


def _load(directory: Path) -> Knowledge | None:
    try:
        return load_knowledge(directory)
    except KnowledgeError as error:
        header = f"csto-bot: the knowledge in {directory} is broken:"
        _fail([header, *(str(problem) for problem in error.problems)], EXIT_KNOWLEDGE)
        return None


def _chat(knowledge: Knowledge, settings: Settings) -> int:
    from bot.adapters.terminal.chat import run_chat  # noqa: PLC0415 - only for the terminal

    engine = Engine(knowledge)
    questions = open_question_log(settings, engine)
    try:
        return int(run_chat(LoggedAnswerer(engine, settings.log_user_ids, questions)))
    finally:
        if questions is not None:
            questions.close()


async def _serve(
    settings: Settings, names: list[str], knowledge: Knowledge, sync_commands: bool
) -> int:
    engine = Engine(knowledge)
    state = HealthState(knowledge_version=knowledge.version, idle=not names)
    questions = open_question_log(settings, engine)
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
        knowledge=knowledge.version,
        knowledge_dir=str(settings.knowledge_dir),
        watch=settings.knowledge_watch,
    )
    try:
        return await serve(platforms, stop, state, support=support)
    finally:
        if questions is not None:
            await asyncio.to_thread(questions.close)  # the last batch, off the event loop
