"""`csto-bot health`: exit 0 when a running bot's heartbeat is fresh, 1 otherwise."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.questionlog.config import question_log_state
from bot.runtime import bootstrap
from bot.runtime.health import MAX_AGE_SECONDS, check_heartbeat, health_file


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
    bootstrap.add_arguments(parser, knowledge=False)


def run(args: argparse.Namespace) -> int:
    """Print one line and return 0 (healthy) or 1."""
    # Only HEALTH_FILE matters here: a container health check stays quick and never fails on
    # a setting the running bot has already validated at its own start-up.
    environment = bootstrap.startup(args).environment
    path: Path = args.file or health_file(environment)
    healthy, reason = check_heartbeat(path, args.max_age)
    print(reason if healthy else f"unhealthy: {reason}", file=sys.stdout if healthy else sys.stderr)
    if healthy:  # an unhealthy verdict stays one line; the log never decides health
        print(question_log_state(environment))
    return 0 if healthy else 1
