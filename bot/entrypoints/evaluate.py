"""`csto-bot eval FILE`: score golden questions and print accuracy, abstention and failures."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.runtime import bootstrap


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    parser.add_argument("golden", type=Path, help="a golden YAML file or a directory of them")
    parser.add_argument("--quiet", action="store_true", help="totals only, no failure list")
    parser.add_argument("--min-accuracy", type=float, default=0.0, help="exit 1 below this")
    parser.add_argument("--min-abstention", type=float, default=0.0, help="exit 1 below this")
    parser.add_argument(
        "--update-pins",
        action="store_true",
        help="record the passing questions in passing.txt beside the golden files",
    )
    bootstrap.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    """Score the golden set; exit 1 when a threshold is missed or knowledge is broken."""
    from bot.evaluation import (
        PINS_FILE,
        in_domain,
        load_cases,
        out_of_domain,
        report,
        run_cases,
        score,
        write_pins,
    )

    if not args.golden.exists():
        print(f"csto-bot eval: {args.golden} does not exist", file=sys.stderr)
        return 2
    engine = bootstrap.startup(args).engine()
    if engine is None:
        return 1
    outcomes = run_cases(engine, load_cases(args.golden))
    print(report(outcomes, show_failures=not args.quiet))
    if args.update_pins:
        pins = (args.golden if args.golden.is_dir() else args.golden.parent) / PINS_FILE
        print(f"pinned {write_pins(pins, outcomes)} passing questions in {pins}")
    accuracy = score(in_domain(outcomes)).rate
    abstention = score(out_of_domain(outcomes)).rate
    return 0 if accuracy >= args.min_accuracy and abstention >= args.min_abstention else 1
