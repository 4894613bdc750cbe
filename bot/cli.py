"""The `csto-bot` command line. Subcommands import their modules lazily, so `ask` stays light."""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
from collections.abc import Sequence
from types import FrameType

# name -> (module under bot.entrypoints, one-line help)
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "check": ("check", "validate a knowledge directory and print a summary or every error"),
    "ask": ("ask", "answer one question (or one per stdin line with -)"),
    "chat": ("chat", "chat with the bot in this terminal"),
    "eval": ("evaluate", "score a golden question file or directory"),
    "run": ("run", "start every configured platform (terminal chat when none is)"),
    "discord": ("discord_cmd", "run the Discord bot only"),
    "slack": ("slack_cmd", "run the Slack bot only"),
    "health": ("health", "exit 0 when a running bot is up and serving"),
    "gaps": ("gaps", "what people asked that the bot could not answer (the question log)"),
}


def build_parser() -> argparse.ArgumentParser:
    """Build the top-level parser; each subcommand's module adds its own arguments."""
    parser = argparse.ArgumentParser(
        prog="csto-bot", description="Sourced, dated answers about the CSTO."
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub = subparsers.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(_module=module_name)
        # Arguments are added on demand in main(), so building the parser imports nothing heavy.
    return parser


def _terminate(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit code."""
    # As PID 1 in a container (no init), SIGTERM's default action is ignored: end on it anyway,
    # so `docker stop` of `ask`, `chat` or `check` is immediate. `run` installs its own handler.
    signal.signal(signal.SIGTERM, _terminate)
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list or args_list[0] not in SUBCOMMANDS:
        parser.print_help() if not args_list else parser.parse_args(args_list)
        return 0 if not args_list else 2
    module = importlib.import_module(f"bot.entrypoints.{SUBCOMMANDS[args_list[0]][0]}")
    sub = argparse.ArgumentParser(
        prog=f"csto-bot {args_list[0]}", description=SUBCOMMANDS[args_list[0]][1]
    )
    module.add_arguments(sub)
    args = sub.parse_args(args_list[1:])
    try:
        return int(module.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `csto-bot ask ... | head`: the reader left; say nothing more (see Python's signal docs).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
