"""`csto-bot discord`: run the Discord bot only."""

from __future__ import annotations

import argparse

from bot.runtime import bootstrap
from bot.runtime.launch import launch


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    bootstrap.add_arguments(parser)
    parser.add_argument(
        "--sync",
        action="store_true",
        help="push the slash commands to Discord even if they look unchanged",
    )


def run(args: argparse.Namespace) -> int:
    """Serve Discord until SIGTERM or Ctrl-C."""
    return launch(bootstrap.startup(args).variables(), "discord", sync_commands=args.sync)
