"""Benchmarks for csto-bot: `make bench` runs every section in order and prints one line a result.

Add a section by writing `def bench_NAME(args) -> list[Result]` and listing it in SECTIONS.
`--json FILE` also writes every result to FILE, for comparing runs.
"""

from __future__ import annotations

import argparse
import asyncio
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

from bench_discord import BURST as DISCORD_BURST
from bench_discord import KEYSTROKES as DISCORD_KEYSTROKES
from bench_discord import run as discord_burst
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


ASK_TARGET_S = 0.25


def bench_process(args: argparse.Namespace) -> list[Result]:
    """One `csto-bot ask` process (snapshot cache warm) against a bare `python -c pass`.

    Both are timed in the same run, interleaved, so a busy machine slows both alike.
    """
    import resource  # noqa: PLC0415 - POSIX only, like `make bench`

    command = [sys.executable, "-m", "bot", "ask", "--knowledge", str(args.knowledge)]
    question = "When did Azerbaijan leave the CSTO?"
    with tempfile.TemporaryDirectory() as cache:
        # As a user's machine runs it: bytecode cached (some sandboxes turn that off).
        env = {**os.environ, "CSTO_BOT_CACHE": cache}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([*command, question], env=env, capture_output=True, check=True, cwd=ROOT)
        walls, peaks, bare = [], [], []
        for _ in range(max(3, min(args.runs, 10))):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], env=env, check=True, cwd=ROOT)
            bare.append((time.perf_counter() - start) * 1000)
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
            "print(','.join(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'discord', 'slack_bolt', 'aiohttp', 'yaml', 'pycountry', 'watchfiles'})) or 'none')",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout.strip()
    baseline = Result(
        "process", "bare python -c pass", len(bare), statistics.median(bare), p95(bare)
    )
    result = Result("process", "csto-bot ask", len(walls), statistics.median(walls), p95(walls))
    result.details.update(
        over_bare_ms=round(statistics.median(walls) - statistics.median(bare), 1),
        target_s=ASK_TARGET_S,
        met=statistics.median(walls) <= ASK_TARGET_S * 1000,
        peak_rss_mb=round(max(peaks) / 1024, 1),
        unused_imports=imports,
    )
    return [baseline, result]


_SLACK_CLIENT = """
import asyncio, json, sys, time
import aiohttp
from tests.adapters.slack.fake_slack import command_body, event_body, sign

def signed(number, kind, text):
    if kind == "command":
        body = command_body(text, sys.argv[2])
        return kind, body.encode(), sign(body)
    ts = f"{1700000000 + number}.000100"
    event = {"type": "app_mention", "user": "U0ASKER", "text": "<@U0BOT> " + text,
             "ts": ts, "event_ts": ts, "channel": "C0CHAN"}
    body = event_body(event, f"EvBench{number}")
    return kind, body.encode(), sign(body, content_type="application/json")

async def main(url, items):
    requests = [signed(n, kind, text) for n, (kind, text) in enumerate(items)]  # before the clock
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        async def one(kind, data, headers):
            start = time.perf_counter()
            async with session.post(url, data=data, headers=headers) as response:
                early = b"Looking that up" in await response.read()  # the answer follows
                return (time.perf_counter() - start) * 1000, response.status, kind, early
        await one(*signed(-1, "command", "help"))  # warm-up: Bolt's first request calls auth.test
        print(json.dumps(await asyncio.gather(*(one(*request) for request in requests))))

asyncio.run(main(sys.argv[1], json.load(sys.stdin)))
"""
SLACK_BURST = 700
SLACK_LONG_BURST = 200
SLACK_MENTIONS = 100  # of the mixed burst; the rest are /csto


class _OnLoop:
    """The core called right on the event loop, as the Slack adapter did before the offload."""

    def __init__(self, inner: object) -> None:
        self.inner = inner

    async def answer(self, question: str, context: object = None) -> object:
        """Answer on the loop."""
        return self.inner.answer(question, context)  # type: ignore[attr-defined]

    async def help(self) -> object:
        """Help on the loop."""
        return self.inner.help()  # type: ignore[attr-defined]


async def _slack_burst(
    engine: object, off_loop: bool, items: list[tuple[str, str]]
) -> list[list[Any]]:
    """Serve the real Bolt app (HTTP mode) on loopback; a separate process sends the burst."""
    from slack_sdk.web.async_client import AsyncWebClient  # noqa: PLC0415 - imported as needed

    from bot.adapters.offload import OffLoopAnswerer  # noqa: PLC0415
    from bot.adapters.slack.app import build_app  # noqa: PLC0415
    from bot.adapters.slack.config import SlackConfig  # noqa: PLC0415
    from bot.adapters.slack.runner import EVENTS_PATH, build_web_app  # noqa: PLC0415
    from tests.adapters.slack.fake_slack import (  # noqa: PLC0415
        BOT_TOKEN,
        SIGNING_SECRET,
        FakeSlack,
        serve,
    )

    fake = FakeSlack()
    answerer = OffLoopAnswerer(engine) if off_loop else _OnLoop(engine)  # type: ignore[arg-type]
    config = SlackConfig(bot_token=BOT_TOKEN, app_token=None, signing_secret=SIGNING_SECRET)
    try:
        async with serve(fake.app) as fake_url:
            fake.base_url = fake_url
            client = AsyncWebClient(token=BOT_TOKEN, base_url=f"{fake_url}/api/")
            bolt = build_app(answerer, config, client)  # type: ignore[arg-type]
            async with serve(build_web_app(bolt, SIGNING_SECRET)) as base_url:
                sender = await asyncio.create_subprocess_exec(
                    sys.executable,
                    "-c",
                    _SLACK_CLIENT,
                    base_url + EVENTS_PATH,
                    fake.response_url(),
                    stdin=asyncio.subprocess.PIPE,
                    stdout=asyncio.subprocess.PIPE,
                    cwd=ROOT,
                )
                out, _ = await sender.communicate(json.dumps(items).encode())
    finally:
        if isinstance(answerer, OffLoopAnswerer):
            answerer.close()
    return list(json.loads(out))


def _burst_result(name: str, samples: list[list[Any]], kind: str = "command") -> Result:
    times = [sample[0] for sample in samples if sample[2] == kind]
    details: dict[str, object] = {
        "p99_ms": round(percentile(times, 0.99), 1),
        "max_ms": round(max(times), 1),
        "over_3s": sum(1 for t in times if t > 3000),
        "not_200": sum(1 for sample in samples if sample[2] == kind and sample[1] != 200),
        "answer_followed": sum(1 for sample in samples if sample[2] == kind and sample[3]),
    }
    return Result("slack", name, len(times), statistics.median(times), p95(times), details)


def bench_slack(args: argparse.Namespace) -> list[Result]:
    """Bursts of signed requests at once against the real Bolt app on loopback: send -> ack."""
    from bot.core.engine import Engine  # noqa: PLC0415
    from bot.evaluation import load_cases  # noqa: PLC0415

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # the loopback fake Slack lives with the tests
    engine = Engine(load_knowledge(args.knowledge))
    golden = [case.question for case in load_cases(ROOT / "tests" / "golden")]
    burst = [("command", golden[i % len(golden)]) for i in range(SLACK_BURST)]
    long_burst = [
        ("command", golden[i % len(golden)] + " please" * 6000) for i in range(SLACK_LONG_BURST)
    ]
    every = SLACK_BURST // SLACK_MENTIONS  # one mention in every `every` requests
    mixed = [("mention" if i % every == 0 else "command", q) for i, (_, q) in enumerate(burst)]
    results = []
    for off_loop in (False, True):
        where = "off loop" if off_loop else "on loop"
        samples = asyncio.run(_slack_burst(engine, off_loop, burst))
        results.append(_burst_result(f"{SLACK_BURST} /csto, {where}", samples))
        samples = asyncio.run(_slack_burst(engine, off_loop, long_burst))
        results.append(_burst_result(f"{SLACK_LONG_BURST} x 42k chars, {where}", samples))
        samples = asyncio.run(_slack_burst(engine, off_loop, mixed))
        results.append(_burst_result(f"mixed: /csto, {where}", samples))
        results.append(_burst_result(f"mixed: mentions, {where}", samples, "mention"))
    return results


def bench_discord(args: argparse.Namespace) -> list[Result]:
    """700 slash commands at once through the real discord.py client against the loopback fake
    Discord (in its own process): dispatch -> interaction callback; again with 200 autocomplete
    keystrokes among them. Target: p99 under 1.5 s on a 2-core machine."""
    results = []
    for keystrokes in (0, DISCORD_KEYSTROKES):
        summary = discord_burst(args.knowledge, keystrokes)
        burst = f"{DISCORD_BURST} /csto"
        kinds = [("slash", burst)]
        if keystrokes:
            kinds = [
                ("slash", f"{burst} + {keystrokes} keystrokes"),
                ("autocomplete", f"{keystrokes} keystrokes among {burst}"),
            ]
        for kind, name in kinds:
            figures = summary[kind]
            details = {
                key: value for key, value in figures.items() if key not in {"p50_ms", "p95_ms"}
            }
            details |= {
                "refused": summary["refused"],
                "bot_cpu_s": summary["bot_cpu_s"],
                "target_p99_met": (figures["p99_ms"] or 1e9) < 1500,
            }
            p50, p95_ms = figures["p50_ms"] or 0.0, figures["p95_ms"] or 0.0
            results.append(Result("discord", name, figures["count"], p50, p95_ms, details))
    return results


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
    ("slack", bench_slack),
    ("discord", bench_discord),
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
