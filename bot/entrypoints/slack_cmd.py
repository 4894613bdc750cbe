"""`csto-bot slack`: run the Slack bot only, over Socket Mode (default) or HTTP."""

from __future__ import annotations

import argparse

from bot.runtime import bootstrap
from bot.runtime.launch import launch
from bot.runtime.platforms import Mode


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    bootstrap.add_arguments(parser)
    parser.add_argument(
        "--http",
        action="store_true",
        help="serve Slack's HTTP events on SLACK_HTTP_PORT instead of Socket Mode",
    )


def run(args: argparse.Namespace) -> int:
    """Serve Slack until SIGTERM or Ctrl-C."""
    mode: Mode = "slack-http" if args.http else "slack-socket"
    return launch(bootstrap.startup(args).variables(), mode)
