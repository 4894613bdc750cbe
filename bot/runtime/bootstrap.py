"""The composition root: every `csto-bot` command starts here, so all read the same inputs.

One place reads the environment (and .env), resolves the knowledge directory (`--knowledge`, else
KNOWLEDGE_DIR, else the packaged knowledge) and loads it; the serving commands then hand the
same variables to `launch`.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.runtime.environment import DEFAULT_ENV_FILE, read_environment
from bot.runtime.knowledge import cache_directory, knowledge_directory, load_engine_or_report

if TYPE_CHECKING:
    from bot.core.engine import Engine


def add_arguments(parser: argparse.ArgumentParser, *, knowledge: bool = True) -> None:
    """The options every command shares: --env-file, and --knowledge where knowledge is used."""
    parser.add_argument(
        "--env-file",
        type=Path,
        default=DEFAULT_ENV_FILE,
        help="read settings from this file too, when it exists (default .env)",
    )
    if knowledge:
        parser.add_argument(
            "--knowledge",
            type=Path,
            default=None,
            metavar="DIR",
            help="knowledge directory (default: KNOWLEDGE_DIR, else the knowledge shipped "
            "with csto-bot)",
        )


@dataclass(frozen=True, slots=True)
class Startup:
    """What a command starts from: its variables and where the knowledge is."""

    environment: Mapping[str, str]
    knowledge_dir: Path

    def variables(self) -> dict[str, str]:
        """The settings mapping, with the resolved knowledge directory in KNOWLEDGE_DIR."""
        return {**self.environment, "KNOWLEDGE_DIR": str(self.knowledge_dir)}

    def engine(self, stream: TextIO | None = None) -> Engine | None:
        """The engine for the knowledge, or None once the problems are printed to `stream`."""
        return load_engine_or_report(self.knowledge_dir, cache_directory(self.environment), stream)


def startup(args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> Startup:
    """Read the environment (and --env-file) and resolve the knowledge directory."""
    environment = read_environment(getattr(args, "env_file", DEFAULT_ENV_FILE), environ)
    option: Path | None = getattr(args, "knowledge", None)
    return Startup(environment, knowledge_directory(option, environment))
