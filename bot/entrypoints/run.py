"""`csto-bot run`: start every configured platform in one process (terminal chat when none is)."""

from __future__ import annotations

import argparse

from bot.launch import add_common_arguments, launch


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    add_common_arguments(parser)


def run(args: argparse.Namespace) -> int:
    """Serve Discord, Slack Socket Mode and Slack HTTP, whichever have credentials."""
    return launch(args, "all")
