"""`csto-bot gaps`: what people asked that the bot could not answer, for the knowledge editors."""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bot.questionlog.config import log_path, nearest_subjects
from bot.questionlog.gaps import LOW_CONFIDENCE, Filters, build_report
from bot.questionlog.grouping import SIMILARITY
from bot.questionlog.report_text import as_golden_yaml, as_json, as_table
from bot.runtime import bootstrap
from bot.runtime.settings import Settings, SettingsError

_RELATIVE = re.compile(r"^(\d+)([dhw])$")
_UNIT_SECONDS = {"h": 3600, "d": 86400, "w": 7 * 86400}


def since(text: str) -> float:
    """--since: a date (2026-11-01) or an age (30d, 12h, 2w), as a Unix time."""
    relative = _RELATIVE.match(text.strip())
    if relative:
        return time.time() - int(relative[1]) * _UNIT_SECONDS[relative[2]]
    try:
        return datetime.fromisoformat(text.strip()).replace(tzinfo=UTC).timestamp()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is neither a date (2026-11-01) nor an age (30d, 12h, 2w)"
        ) from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    parser.add_argument("--since", type=since, default=since("30d"), help="date or age (30d)")
    parser.add_argument("--platform", help="only this platform (discord, slack, terminal)")
    parser.add_argument(
        "--min-count", type=int, default=1, help="smallest group to show (default 1)"
    )
    parser.add_argument("--top", type=int, default=20, help="entries per section (default 20)")
    parser.add_argument(
        "--similarity",
        type=float,
        default=SIMILARITY,
        help=f"how alike questions must be to group, 0-100 (default {SIMILARITY:.0f})",
    )
    parser.add_argument(
        "--low-confidence",
        type=float,
        default=LOW_CONFIDENCE,
        help=f"answers below this confidence are listed (default {LOW_CONFIDENCE})",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON")
    output.add_argument("--yaml", action="store_true", help="print golden-question YAML")
    parser.add_argument("--db", type=Path, default=None, help="database (default: settings)")
    bootstrap.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    """Print the report; 1 when the log or the knowledge cannot be read."""
    started = bootstrap.startup(args)
    path: Path | None = args.db
    if path is None:
        try:
            path = log_path(Settings.from_mapping(started.variables()), started.environment)
        except SettingsError as error:
            print(f"csto-bot gaps: {error.problems[0]}", file=sys.stderr)
            return 1
    engine = started.engine()
    if engine is None:
        return 1
    filters = Filters(
        since=args.since,
        platform=args.platform,
        min_count=max(1, args.min_count),
        similarity=args.similarity,
        low_confidence=args.low_confidence,
        top=max(1, args.top),
    )
    try:
        report = build_report(path, filters, nearest_subjects(engine))
    except sqlite3.Error as error:
        print(f"csto-bot gaps: cannot read the question log at {path}: {error}", file=sys.stderr)
        return 1
    render = as_json if args.json else as_golden_yaml if args.yaml else as_table
    sys.stdout.write(render(report))
    return 0
