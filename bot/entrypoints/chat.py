"""`csto-bot chat`: an interactive chat in this terminal."""

from __future__ import annotations

import argparse

from bot.adapters.terminal.chat import run_chat
from bot.entrypoints.knowledge_arg import add_knowledge_argument, engine_or_exit
from bot.observability import LoggedAnswerer
from bot.questionlog.config import terminal_question_log


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    add_knowledge_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Start the chat; exit 1 when the knowledge is broken."""
    engine = engine_or_exit(args.knowledge)
    if engine is None:
        return 1
    questions = terminal_question_log(engine)
    try:
        return run_chat(LoggedAnswerer(engine, questions=questions))
    finally:
        if questions is not None:
            questions.close()
