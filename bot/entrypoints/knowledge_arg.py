"""The --knowledge option shared by the subcommands that answer questions."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.core.engine import Engine
from bot.core.errors import KnowledgeError
from bot.core.loader import load_knowledge


def add_knowledge_argument(parser: argparse.ArgumentParser) -> None:
    """Add --knowledge DIR (default: ./knowledge)."""
    parser.add_argument(
        "--knowledge", type=Path, default=Path("knowledge"), help="knowledge directory"
    )


def engine_or_exit(directory: Path) -> Engine | None:
    """Load the knowledge and build the engine, or print the problems and return None."""
    try:
        return Engine(load_knowledge(directory))
    except KnowledgeError as error:
        print(f"csto-bot: the knowledge in {directory} is broken:", file=sys.stderr)
        print(error, file=sys.stderr)
        return None
