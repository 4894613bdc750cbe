"""Benchmarks for csto-bot: `make bench` runs every section in order and prints one line a result.

Add a section by writing `def bench_NAME(args) -> list[Result]` and listing it in SECTIONS.
`--json FILE` also writes every result to FILE, for comparing runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from synthetic_knowledge import write_synthetic

from bot.core.knowledge.errors import KnowledgeError
from bot.core.knowledge.loader import load_knowledge

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Result:
    """One measured quantity: milliseconds over `runs` runs, plus free-form details."""

    section: str
    name: str
    runs: int
    median_ms: float
    p95_ms: float
    details: dict[str, object] = field(default_factory=dict)


def measure(section: str, name: str, action: Callable[[], object], runs: int) -> Result:
    """Run `action` `runs` times (after one warm-up) and summarize the wall times."""
    action()
    samples, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    # CPU time says what the code costs when other processes compete for the cores.
    details: dict[str, object] = {"cpu_median_ms": round(statistics.median(cpu), 1)}
    return Result(section, name, runs, statistics.median(samples), p95(samples), details)


def p95(samples: list[float]) -> float:
    """The 95th percentile (the single sample when there is one)."""
    if len(samples) < 2:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[94]


# --- sections ----------------------------------------------------------------------------------

_COLD = """
import json, sys, time
start = time.perf_counter()
from bot.core.knowledge.errors import KnowledgeError
from bot.core.knowledge.loader import load_knowledge
imported = time.perf_counter()
load_knowledge(sys.argv[1])
done = time.perf_counter()
print(json.dumps({"import_ms": (imported - start) * 1000, "load_ms": (done - imported) * 1000}))
"""


def bench_load(args: argparse.Namespace) -> list[Result]:
    """Load and validate the knowledge: warm in this process, and once cold in a fresh one."""
    directory = str(args.knowledge)
    version = load_knowledge(directory).version  # fails loudly here if the knowledge is broken
    warm = measure("load", "warm, in process", lambda: load_knowledge(directory), args.runs)
    warm.details.update(knowledge=directory, version=version)
    start = time.perf_counter()
    process = subprocess.run(
        [sys.executable, "-c", _COLD, directory],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    total = (time.perf_counter() - start) * 1000
    inside = json.loads(process.stdout)
    cold = Result("load", "cold, fresh process", 1, total, total, {"knowledge": directory})
    cold.details.update({key: round(value, 1) for key, value in inside.items()})
    return [warm, cold]


def percentile(samples: list[float], fraction: float) -> float:
    """The sample at `fraction` of the sorted samples (nearest rank)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def bench_answer(args: argparse.Namespace) -> list[Result]:
    """Per-question latency over the golden set, in process, warm; and the worst huge input."""
    from bot.core.api import Context  # noqa: PLC0415 - sections import what they measure
    from bot.core.engine import Engine  # noqa: PLC0415
    from bot.evaluation import load_cases  # noqa: PLC0415

    engine = Engine(load_knowledge(args.knowledge))
    cases = load_cases(ROOT / "tests" / "golden")
    for case in cases:
        engine.answer(case.question)
    samples = []
    for round_ in range(3):
        for index, case in enumerate(cases):
            context = Context(conversation=case.conversation or f"bench-{round_}-{index}")
            start = time.perf_counter()
            engine.answer(case.question, context)
            samples.append((time.perf_counter() - start) * 1000)
    latency = Result(
        "answer",
        "golden questions",
        len(samples),
        statistics.median(samples),
        p95(samples),
        {"p99_ms": round(percentile(samples, 0.99), 2), "max_ms": round(max(samples), 2)},
    )
    huge_inputs = {
        "100k letters": "who are the members " + "x" * 100_000,
        "100k csto words": "csto " * 20_000,
        "100k typos": "azerbajan " * 10_000,
        "100k cyrillic": "Армения " * 12_500,
        "100k emoji": "🇷🇺" * 50_000,
    }
    worst = []
    for question in huge_inputs.values():
        start = time.perf_counter()
        engine.answer(question)
        worst.append((time.perf_counter() - start) * 1000)
    huge = Result("answer", "100,000-char inputs", len(worst), statistics.median(worst), max(worst))
    huge.details["worst_ms"] = round(max(worst), 2)
    return [latency, huge]


def bench_process(args: argparse.Namespace) -> list[Result]:
    """Wall time and peak memory of one `csto-bot ask` process (snapshot cache warm)."""
    import resource  # noqa: PLC0415 - POSIX only, like `make bench`

    command = [sys.executable, "-m", "bot", "ask", "--knowledge", str(args.knowledge)]
    question = "When did Azerbaijan leave the CSTO?"
    with tempfile.TemporaryDirectory() as cache:
        # As a user's machine runs it: bytecode cached (some sandboxes turn that off).
        env = {**os.environ, "CSTO_BOT_CACHE": cache}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([*command, question], env=env, capture_output=True, check=True, cwd=ROOT)
        walls, peaks = [], []
        for _ in range(max(3, min(args.runs, 10))):
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            start = time.perf_counter()
            subprocess.run([*command, question], env=env, capture_output=True, check=True, cwd=ROOT)
            walls.append((time.perf_counter() - start) * 1000)
            peaks.append(max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
    imports = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, bot.cli, bot.entrypoints.ask; "
            "print(int(any(m.startswith(('discord', 'slack_bolt')) for m in sys.modules)))",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout.strip()
    result = Result("process", "csto-bot ask", len(walls), statistics.median(walls), p95(walls))
    result.details.update(peak_rss_mb=round(max(peaks) / 1024, 1), imports_platforms=imports)
    return [result]


def bench_questionlog(args: argparse.Namespace) -> list[Result]:
    """The question log's cost: each answer's latency with and without it, the process CPU
    including the writer thread, the enqueue alone, and the event loop's lag meanwhile."""
    from bot.core.api import Context  # noqa: PLC0415 - sections import what they measure
    from bot.core.engine import Engine  # noqa: PLC0415
    from bot.evaluation import load_cases  # noqa: PLC0415
    from bot.observability import LoggedAnswerer  # noqa: PLC0415
    from bot.questionlog.log import LogOptions, QuestionLog  # noqa: PLC0415

    engine = Engine(load_knowledge(args.knowledge))
    questions = [case.question for case in load_cases(ROOT / "tests" / "golden")]
    with tempfile.TemporaryDirectory() as temp:
        log = QuestionLog(LogOptions(Path(temp) / "questions.sqlite3"))
        answerers = {
            "without log": LoggedAnswerer(engine),
            "with log": LoggedAnswerer(engine, questions=log),
        }
        latency: dict[str, list[float]] = {name: [] for name in answerers}
        cpu: dict[str, list[float]] = {name: [] for name in answerers}
        for round_ in range(6):  # interleaved, so drift and other load hit both alike
            for name, answerer in sorted(answerers.items(), reverse=round_ % 2 == 1):
                start_cpu = time.process_time()
                for index, question in enumerate(questions):
                    context = Context(conversation=f"b{round_}-{index}")
                    start = time.perf_counter()
                    answerer.answer(question, context)
                    latency[name].append((time.perf_counter() - start) * 1000)
                log.flush(60)  # the writer's work counts in the CPU figure (it is this process)
                cpu[name].append((time.process_time() - start_cpu) * 1000 / len(questions))
        paced: dict[str, list[float]] = {name: [] for name in answerers}
        for round_ in range(2):
            for name, answerer in sorted(answerers.items(), reverse=round_ == 1):
                paced[name] += _paced(answerer, questions)
        lags = {name: _loop_lag(answerer, questions) for name, answerer in answerers.items()}
        answer = engine.answer(questions[0])
        enqueue = measure(
            "questionlog", "enqueue one question", lambda: log.record("q", None, answer), 2000
        )
        start = time.perf_counter()
        log.flush(60)
        drained_ms = (time.perf_counter() - start) * 1000
        log.close()
    results = []
    for name, samples in latency.items():
        result = Result(
            "questionlog", f"answer, {name}", len(samples), statistics.median(samples), p95(samples)
        )
        result.details["cpu_per_question_ms"] = round(min(cpu[name]), 3)
        results.append(result)
    base, logged = results
    logged.details["added_latency_pct"] = round(
        (logged.median_ms - base.median_ms) / base.median_ms * 100, 1
    )
    # Process CPU counts the writer thread too: the log's whole cost, answer path or not.
    logged.details["added_cpu_pct"] = round(
        (min(cpu["with log"]) - min(cpu["without log"])) / min(cpu["without log"]) * 100, 1
    )
    for name, samples in paced.items():
        results.append(
            Result("questionlog", f"paced, {name}", len(samples), statistics.median(samples),
                   p95(samples))
        )  # fmt: skip
    paced_base, paced_logged = results[-2:]
    paced_logged.details["added_latency_pct"] = round(
        (paced_logged.median_ms - paced_base.median_ms) / paced_base.median_ms * 100, 1
    )
    for name, lag in lags.items():
        result = Result(
            "questionlog", f"loop lag, {name}", len(lag), statistics.median(lag), p95(lag)
        )
        result.details["max_ms"] = round(max(lag), 2)
        results.append(result)
    enqueue.details["us_median"] = round(enqueue.median_ms * 1000, 1)
    enqueue.details["writer_drain_ms"] = round(drained_ms, 1)
    return [*results, enqueue]


def _paced(answerer: Any, questions: list[str], gap: float = 0.002) -> list[float]:
    """Each answer's latency when questions come 2 ms apart (still far busier than any chat),
    so the writer does its work between them, as it does in use."""
    from bot.core.api import Context  # noqa: PLC0415

    samples = []
    for index, question in enumerate(questions):
        time.sleep(gap)
        start = time.perf_counter()
        answerer.answer(question, Context(conversation=f"paced-{index}"))
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _loop_lag(answerer: object, questions: list[str]) -> list[float]:
    """How late a 1 ms ticker on the event loop runs while the questions are answered off it."""
    import asyncio  # noqa: PLC0415

    from bot.adapters.offload import OffLoopAnswerer  # noqa: PLC0415

    async def run() -> list[float]:
        off_loop = OffLoopAnswerer(answerer)  # type: ignore[arg-type]
        lags: list[float] = []
        done = asyncio.Event()

        async def tick() -> None:
            while not done.is_set():
                start = time.perf_counter()
                await asyncio.sleep(0.001)
                lags.append(max(0.0, (time.perf_counter() - start) * 1000 - 1.0))

        ticker = asyncio.create_task(tick())
        for question in questions:
            await off_loop.answer(question)
        done.set()
        await ticker
        off_loop.close()
        return lags

    return asyncio.run(run())


SECTIONS: list[tuple[str, Callable[[argparse.Namespace], list[Result]]]] = [
    ("load", bench_load),
    ("answer", bench_answer),
    ("process", bench_process),
    ("questionlog", bench_questionlog),
]


# --- running and reporting ---------------------------------------------------------------------


def render(result: Result) -> str:
    """One aligned text line."""
    details = " ".join(f"{key}={value}" for key, value in result.details.items())
    return (
        f"{result.section:<10} {result.name:<24} runs={result.runs:<4}"
        f" median={result.median_ms:8.1f} ms  p95={result.p95_ms:8.1f} ms  {details}"
    ).rstrip()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options shared by every section."""
    parser = argparse.ArgumentParser(description="Benchmark csto-bot.")
    parser.add_argument("--knowledge", type=Path, default=ROOT / "knowledge")
    parser.add_argument(
        "--synthetic",
        action="store_true",
        help="benchmark a generated knowledge directory of the shipped size instead",
    )
    parser.add_argument("--runs", type=int, default=50, help="warm runs per measurement")
    parser.add_argument("--only", action="append", help="run only this section (repeatable)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the chosen sections in order, print each result, optionally write JSON."""
    args = parse_args(argv)
    try:
        results = run_sections(args)
    except KnowledgeError as error:
        print(f"{args.knowledge} does not load ({len(error.problems)} problems):", file=sys.stderr)
        print(f"run `csto-bot check {args.knowledge}`, or bench --synthetic", file=sys.stderr)
        return 1
    if args.json:
        report = {
            "python": platform.python_version(),
            "machine": platform.machine(),
            "results": [asdict(result) for result in results],
        }
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0


def run_sections(args: argparse.Namespace) -> list[Result]:
    """Run the chosen sections in order, printing each result as it comes."""
    with tempfile.TemporaryDirectory() as temp:
        if args.synthetic:
            args.knowledge = Path(temp) / "knowledge"
            lines = write_synthetic(args.knowledge)
            print(f"synthetic knowledge: {lines} lines in {args.knowledge}")
        results: list[Result] = []
        for name, section in SECTIONS:
            if args.only and name not in args.only:
                continue
            for result in section(args):
                print(render(result), flush=True)
                results.append(result)
    return results


if __name__ == "__main__":
    sys.exit(main())
