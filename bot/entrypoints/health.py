"""`csto-bot health`: exit 0 when a running bot's heartbeat is fresh, 1 otherwise."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.health import MAX_AGE_SECONDS, check_heartbeat
from bot.questionlog.config import question_log_state
from bot.settings import Settings, SettingsError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    parser.add_argument(
        "--file", type=Path, default=None, help="heartbeat file (default: HEALTH_FILE)"
    )
    parser.add_argument(
        "--max-age",
        type=float,
        default=MAX_AGE_SECONDS,
        help=f"oldest acceptable heartbeat in seconds (default {MAX_AGE_SECONDS:.0f})",
    )
    parser.add_argument("--env-file", type=Path, default=Path(".env"), help="optional .env file")


def run(args: argparse.Namespace) -> int:
    """Print one line and return 0 (healthy) or 1."""
    path: Path | None = args.file
    if path is None:
        try:
            path = Settings.from_env(args.env_file).health_file
        except SettingsError as error:
            print(f"unhealthy: {error.problems[0]}", file=sys.stderr)
            return 1
    healthy, reason = check_heartbeat(path, args.max_age)
    print(reason if healthy else f"unhealthy: {reason}", file=sys.stdout if healthy else sys.stderr)
    if healthy:  # an unhealthy verdict stays one line; the log never decides health
        print(question_log_state(args.env_file))
    return 0 if healthy else 1
