"""`csto-bot chat`: an interactive chat in this terminal."""

from __future__ import annotations

import argparse

from bot.adapters.terminal.chat import run_chat
from bot.observability import LoggedAnswerer
from bot.questionlog.config import terminal_question_log
from bot.runtime import bootstrap


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    bootstrap.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    """Start the chat; exit 1 when the knowledge is broken."""
    started = bootstrap.startup(args)
    engine = started.engine()
    if engine is None:
        return 1
    questions = terminal_question_log(engine, started.environment)
    try:
        return run_chat(LoggedAnswerer(engine, questions=questions))
    finally:
        if questions is not None:
            questions.close()
