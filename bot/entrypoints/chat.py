"""`csto-bot chat`: an interactive chat in this terminal."""

from __future__ import annotations

import argparse

from bot.adapters.terminal.chat import run_chat
from bot.entrypoints.knowledge_arg import add_knowledge_argument, engine_or_exit


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    add_knowledge_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Start the chat; exit 1 when the knowledge is broken."""
    engine = engine_or_exit(args.knowledge)
    if engine is None:
        return 1
    return run_chat(engine)
