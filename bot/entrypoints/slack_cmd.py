"""`csto-bot slack`: run the Slack bot only, over Socket Mode (default) or HTTP."""

from __future__ import annotations

import argparse

from bot.launch import add_common_arguments, launch


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    add_common_arguments(parser)
    parser.add_argument(
        "--http",
        action="store_true",
        help="serve Slack's HTTP events on SLACK_HTTP_PORT instead of Socket Mode",
    )


def run(args: argparse.Namespace) -> int:
    """Serve Slack until SIGTERM or Ctrl-C."""
    return launch(args, "slack-http" if args.http else "slack-socket")
