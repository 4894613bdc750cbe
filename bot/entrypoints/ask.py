"""`csto-bot ask`: answer one question, or one per stdin line with `-`, as text or JSON."""

from __future__ import annotations

import argparse
import sys

from bot.adapters.terminal.boundary import answer_or_apology
from bot.adapters.terminal.render import render_json, render_text
from bot.core.api import Context
from bot.runtime import bootstrap


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    parser.add_argument("question", nargs="+", help='the question, or "-" to read one per line')
    parser.add_argument("--json", action="store_true", help="print one JSON object per question")
    parser.add_argument(
        "--conversation",
        metavar="ID",
        help="share follow-up context between questions under this conversation id",
    )
    bootstrap.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    """Answer and print; exit 0 (answered or abstained), 1 on broken knowledge."""
    engine = bootstrap.startup(args).engine()
    if engine is None:
        return 1
    render = render_json if args.json else render_text
    if args.question == ["-"]:
        for index, line in enumerate(sys.stdin):
            question = line.rstrip("\n")
            # Without --conversation every line stands alone: no context leaks between lines.
            key = args.conversation or f"ask-line-{index}"
            context = Context(conversation=key, platform="terminal")
            print(answer_or_apology(engine, question, context, render)[1], flush=True)
        return 0
    question = " ".join(args.question)
    context = Context(conversation=args.conversation, platform="terminal")
    print(answer_or_apology(engine, question, context, render)[1])
    return 0
