"""`csto-bot` subcommand: not built yet."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""


def run(args: argparse.Namespace) -> int:
    """Not built yet."""
    print("not built yet")
    return 1
