"""`csto-bot eval FILE`: score golden questions and print accuracy, abstention and failures."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.core.knowledge.errors import KnowledgeError
from bot.runtime import bootstrap


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    parser.add_argument(
        "golden",
        type=Path,
        nargs="*",
        help="golden YAML files or directories of them (with --calibration: golden and fresh)",
    )
    parser.add_argument("--quiet", action="store_true", help="totals only, no failure list")
    parser.add_argument("--min-accuracy", type=float, default=0.0, help="exit 1 below this")
    parser.add_argument("--min-abstention", type=float, default=0.0, help="exit 1 below this")
    parser.add_argument(
        "--update-pins",
        action="store_true",
        help="record the passing questions in passing.txt beside the golden files",
    )
    parser.add_argument(
        "--calibration",
        action="store_true",
        help="print, per confidence band, the share of answers that are right",
    )
    bootstrap.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    """Score the golden set; exit 1 when a threshold is missed or knowledge is broken."""
    from bot.evaluation import (
        PINS_FILE,
        calibration_report,
        in_domain,
        load_cases,
        out_of_domain,
        report,
        run_cases,
        score,
        write_pins,
    )

    paths = list(args.golden) or (_default_sets() if args.calibration else [])
    if not paths:
        print("csto-bot eval: name a golden file or directory", file=sys.stderr)
        return 2
    missing = [path for path in paths if not path.exists()]
    if missing:
        print(f"csto-bot eval: {missing[0]} does not exist", file=sys.stderr)
        return 2
    cases = {}
    for path in paths:
        try:
            cases[path] = load_cases(path)
        except KnowledgeError as error:
            print(f"csto-bot eval: {path} has a malformed case file:\n{error}", file=sys.stderr)
            return 2
    engine = bootstrap.startup(args).engine()
    if engine is None:
        return 1
    per_path = [(path, run_cases(engine, cases[path])) for path in paths]
    outcomes = [outcome for _, found in per_path for outcome in found]
    print(report(outcomes, show_failures=not args.quiet))
    if args.calibration:
        print(f"\ncalibration ({', '.join(str(path) for path in paths)}):")
        print(calibration_report(outcomes))
    if args.update_pins:
        for path, found in per_path:
            pins = (path if path.is_dir() else path.parent) / PINS_FILE
            print(f"pinned {write_pins(pins, found)} passing questions in {pins}")
    accuracy = score(in_domain(outcomes)).rate
    abstention = score(out_of_domain(outcomes)).rate
    return 0 if accuracy >= args.min_accuracy and abstention >= args.min_abstention else 1


def _default_sets() -> list[Path]:
    """The golden set and every fresh batch, from the working directory (a checkout)."""
    tests = Path("tests")
    return [tests / "golden", *sorted((tests / "fresh").glob("batch*"))]
