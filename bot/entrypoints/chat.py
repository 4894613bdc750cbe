"""`csto-bot chat`: an interactive chat in this terminal."""

from __future__ import annotations

import argparse

from bot.adapters.terminal.chat import run_chat
from bot.runtime import bootstrap


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    bootstrap.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    """Start the chat; exit 1 when the knowledge is broken."""
    engine = bootstrap.startup(args).engine()
    if engine is None:
        return 1
    return run_chat(engine)
