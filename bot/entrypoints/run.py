"""`csto-bot run`: start every configured platform in one process (terminal chat when none is)."""

from __future__ import annotations

import argparse

from bot.runtime import bootstrap
from bot.runtime.launch import launch


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    bootstrap.add_arguments(parser)
    parser.add_argument(
        "--idle",
        action="store_true",
        help="start no chat platform: only the heartbeat and knowledge reload "
        "(to check an image or a deployment without credentials; `health` reports it as idle)",
    )


def run(args: argparse.Namespace) -> int:
    """Serve Discord, Slack Socket Mode and Slack HTTP, whichever have credentials."""
    return launch(bootstrap.startup(args).variables(), "all", idle=args.idle)
