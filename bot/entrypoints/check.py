"""`csto-bot check [DIR]`: validate a knowledge directory; print a summary or every problem."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.runtime import bootstrap


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the knowledge directory argument (positional, or --knowledge like every command)."""
    parser.add_argument(
        "directory",
        nargs="?",
        type=Path,
        default=None,
        help="knowledge directory (default: KNOWLEDGE_DIR, else the knowledge shipped with "
        "csto-bot)",
    )
    bootstrap.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    """Load the directory; 0 with one summary line if it is sound, 1 with each problem if not."""
    if args.directory is not None:
        args.knowledge = args.directory
    start = bootstrap.startup(args)
    engine = start.engine(stream=sys.stdout)
    if engine is None:
        return 1
    from bot.core.knowledge.stats import knowledge_stats

    summary = knowledge_stats(engine.knowledge).summary()
    print(f"{start.knowledge_dir} OK ({engine.knowledge_version}): {summary}")
    return 0
