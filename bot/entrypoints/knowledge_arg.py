"""The --knowledge option shared by the subcommands that answer questions."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from bot.core.engine import Engine
from bot.core.knowledge.errors import KnowledgeError
from bot.snapshot import load_engine


def add_knowledge_argument(parser: argparse.ArgumentParser) -> None:
    """Add --knowledge DIR (default: ./knowledge)."""
    parser.add_argument(
        "--knowledge", type=Path, default=Path("knowledge"), help="knowledge directory"
    )


def cache_directory() -> Path | None:
    """Where engine snapshots are cached: $CSTO_BOT_CACHE, else the user's cache directory."""
    configured = os.environ.get("CSTO_BOT_CACHE")
    if configured is not None:
        return Path(configured) if configured else None  # empty: caching off
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "csto-bot"


def engine_or_exit(directory: Path) -> Engine | None:
    """Load the knowledge and build the engine, or print the problems and return None."""
    try:
        return load_engine(directory, cache_directory())
    except KnowledgeError as error:
        print(f"csto-bot: the knowledge in {directory} is broken:", file=sys.stderr)
        print(error, file=sys.stderr)
        return None
