"""`csto-bot check [DIR]`: validate a knowledge directory; print a summary or every problem."""

from __future__ import annotations

import argparse

from bot.core.knowledge.errors import KnowledgeError
from bot.core.knowledge.loader import load_knowledge
from bot.core.knowledge.stats import knowledge_stats


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the knowledge directory argument."""
    parser.add_argument(
        "directory", nargs="?", default="knowledge", help="knowledge directory (default: knowledge)"
    )


def run(args: argparse.Namespace) -> int:
    """Load the directory; 0 with one summary line if it is sound, 1 with each problem if not."""
    directory = str(args.directory)
    try:
        knowledge = load_knowledge(directory)
    except KnowledgeError as error:
        for problem in error.problems:
            print(problem)
        count = len(error.problems)
        print(f"{count} problem{'' if count == 1 else 's'} in {directory}")
        return 1
    print(f"{directory} OK ({knowledge.version}): {knowledge_stats(knowledge).summary()}")
    return 0
