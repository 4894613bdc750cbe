"""Where the knowledge is, and the one way every command loads it or reports it broken."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from bot.core.engine import Engine

# The fact base ships inside the package (package data), so an installed csto-bot finds it from
# any directory. This is the one copy: the repository's `knowledge` is a link to it.
PACKAGED_KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge_data"


def knowledge_directory(option: Path | None, environment: Mapping[str, str]) -> Path:
    """--knowledge when given, else KNOWLEDGE_DIR, else the knowledge shipped in the package."""
    if option is not None:
        return option
    configured = environment.get("KNOWLEDGE_DIR", "").strip()
    return Path(configured) if configured else PACKAGED_KNOWLEDGE


def cache_directory(environment: Mapping[str, str]) -> Path | None:
    """Where engine snapshots are cached: CSTO_BOT_CACHE (empty: off), else the user's cache."""
    if "CSTO_BOT_CACHE" in environment:
        configured = environment["CSTO_BOT_CACHE"].strip()
        return Path(configured) if configured else None
    base = environment.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "csto-bot"


def load_engine_or_report(
    directory: Path, cache_dir: Path | None, stream: TextIO | None = None
) -> Engine | None:
    """A ready Engine for the directory, or None after printing every problem and a count."""
    from bot.core.knowledge.errors import KnowledgeError  # noqa: PLC0415 - keeps start-up light
    from bot.runtime.snapshot import load_engine  # noqa: PLC0415

    try:
        return load_engine(directory, cache_dir)
    except KnowledgeError as error:
        out = sys.stderr if stream is None else stream
        for problem in error.problems:
            print(problem, file=out)
        count = len(error.problems)
        print(f"{count} problem{'' if count == 1 else 's'} in {directory}", file=out)
        return None
