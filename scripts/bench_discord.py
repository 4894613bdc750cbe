"""The Discord burst: slash commands (and autocomplete keystrokes) through the real discord.py
client against the loopback fake Discord, timed from each dispatch to its interaction callback.

The fake runs in a child process (`python scripts/bench_discord.py --fake`), so its clock and
its socket reads never wait for the bot's event loop: it stamps each dispatch and each callback
as Discord would see them. `python scripts/bench.py --only discord` runs it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

SELF = Path(__file__).resolve()
ROOT = SELF.parents[1]
BURST = 700
KEYSTROKES = 200
LOOKUP_EVERY = 7  # one /csto member in every seven commands; the rest are /csto ask
COUNTRIES = ("Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan")
WARM_UP = 5
FIRST_USER = 600000000000000001  # a user per interaction: no cooldown in the way
SETTLE_SECONDS = 1.0  # after the last answer: follow-ups of long answers still go out
ENOUGH_SECONDS = 120.0  # the fake stops waiting for callbacks after this (a broken bot)


def plan(questions: list[str], keystrokes: int) -> list[dict[str, str]]:
    """The burst: BURST commands with `keystrokes` autocomplete requests spread among them."""
    items: list[dict[str, str]] = []
    for number in range(BURST):
        if number % LOOKUP_EVERY == 0:
            country = COUNTRIES[number % len(COUNTRIES)]
            items.append({"kind": "slash", "sub": "member", "option": "country", "value": country})
        else:
            question = questions[number % len(questions)]
            items.append({"kind": "slash", "sub": "ask", "option": "question", "value": question})
    every = max(1, BURST // keystrokes) if keystrokes else 0
    for number in range(keystrokes):
        # Typing a name: "a", "ar", "arm", ... as each keystroke would ask.
        name = COUNTRIES[number % len(COUNTRIES)] + " membership"
        typed = name[: 1 + number % len(name)].lower()
        keystroke = {"kind": "type", "sub": "member", "option": "country", "value": typed}
        items.insert(number * (every + 1), keystroke)
    return items


# --- the fake, in its own process ----------------------------------------------------------------


async def _serve_fake() -> None:
    """Serve the fake; print its URLs; read the plan; burst it; print the timings."""
    sys.path.insert(0, str(ROOT))
    from tests.adapters.discord.fake_discord import APP_ID, FakeDiscord  # noqa: PLC0415

    fake = FakeDiscord()
    await fake.start()
    print(json.dumps({"rest": fake.rest_base, "gateway": fake.gateway_url}), flush=True)
    await fake.wait_for_identify()
    await fake.wait_for_calls("PUT", r"/applications/.*/commands")
    items = json.loads(await asyncio.to_thread(sys.stdin.readline))
    for number, item in enumerate(items[:WARM_UP]):
        warm = await fake.slash(item["sub"], user_id=FIRST_USER - 1 - number, **_option(item))
        await fake.wait_for_callback(warm)
    sent: list[tuple[dict[str, Any], float, str]] = []
    for number, item in enumerate(items):
        start = time.perf_counter()
        if item["kind"] == "type":
            payload = await fake.autocomplete(
                item["sub"], item["option"], item["value"], user_id=FIRST_USER + number
            )
        else:
            payload = await fake.slash(item["sub"], user_id=FIRST_USER + number, **_option(item))
        sent.append((payload, start, item["kind"]))
        # Let the fake read the bot's replies meanwhile, as Discord does while users click on;
        # otherwise its clock would stamp them only after the whole burst was sent.
        await asyncio.sleep(0)
    replies = _Replies(APP_ID)
    deadline = time.perf_counter() + ENOUGH_SECONDS
    # Polled, not woken per call: checking after each of ~2,000 calls would slow the fake.
    while time.perf_counter() < deadline and not replies.all_answered(fake.calls, sent):  # noqa: ASYNC110
        await asyncio.sleep(0.05)
    rows = [replies.timing(payload, start, kind) for payload, start, kind in sent]
    span = (sent[-1][1] - sent[0][1]) * 1000 if sent else 0.0
    result = {"rows": rows, "refused": len(fake.refused), "dispatch_ms": round(span, 1)}
    print(json.dumps(result), flush=True)
    await asyncio.to_thread(sys.stdin.readline)  # until the bot has closed: late follow-ups land
    await fake.close()


def _option(item: dict[str, str]) -> dict[str, str]:
    return {item["option"]: item["value"]}


class _Replies:
    """The first callback and the first answer-carrying call of each interaction, read
    incrementally from the fake's call list (rescanning it would slow the fake's own loop)."""

    def __init__(self, app_id: int) -> None:
        self._app_id = app_id
        self._read = 0
        self.callbacks: dict[str, Any] = {}  # interaction id -> its callback
        self.followups: dict[str, Any] = {}  # token -> its first follow-up

    def _update(self, calls: list[Any]) -> None:
        for call in calls[self._read :]:
            parts = call.path.split("/")
            if parts[1] == "interactions":
                self.callbacks.setdefault(parts[2], call)
            elif parts[1] == "webhooks" and call.method == "POST":
                self.followups.setdefault(parts[3], call)
        self._read = len(calls)

    def answer(self, payload: dict[str, Any]) -> Any:
        """The call that carried the answer: the callback, or after a defer the follow-up."""
        callback = self.callbacks.get(payload["id"])
        if callback is None or callback.json.get("type") != 5:
            return callback
        return self.followups.get(payload["token"])

    def all_answered(self, calls: list[Any], sent: list[tuple[dict[str, Any], float, str]]) -> bool:
        """Whether every interaction sent has its answer."""
        self._update(calls)
        return all(self.answer(payload) is not None for payload, _, _ in sent)

    def timing(self, payload: dict[str, Any], start: float, kind: str) -> list[Any]:
        """[kind, ms to the callback, ms to the answer, callback type] (None: never arrived)."""
        callback, answer = self.callbacks.get(payload["id"]), self.answer(payload)
        ack = None if callback is None else (callback.arrived - start) * 1000
        done = None if answer is None else (answer.arrived - start) * 1000
        return [kind, ack, done, None if callback is None else callback.json.get("type")]


# --- the bot, in the benchmark's process ---------------------------------------------------------


async def _run_burst(engine: Any, items: list[dict[str, str]]) -> dict[str, Any]:
    """Start the fake process, connect the real client to it, send the plan, collect timings."""
    import discord  # noqa: PLC0415 - imported only when the section runs
    import yarl  # noqa: PLC0415

    from bot.adapters.discord.client import CstoClient  # noqa: PLC0415
    from bot.adapters.discord.config import DiscordConfig  # noqa: PLC0415
    from bot.adapters.discord.runner import run_client  # noqa: PLC0415

    fake = await asyncio.create_subprocess_exec(
        sys.executable,
        str(SELF),
        "--fake",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        cwd=ROOT,
    )
    assert fake.stdin is not None and fake.stdout is not None
    urls = json.loads(await fake.stdout.readline())
    discord.http.Route.BASE = urls["rest"]
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(urls["gateway"])
    config = DiscordConfig(token="fake-bot-token", guild_id=222222222222222222, cooldown_seconds=0)
    client = CstoClient(engine, config, guild_ready_timeout=0.1)
    stop = asyncio.Event()
    bot = asyncio.create_task(run_client(client, config.token, stop))
    cpu = time.process_time()
    fake.stdin.write(json.dumps(items).encode() + b"\n")
    await fake.stdin.drain()
    out = await fake.stdout.readline()
    cpu = time.process_time() - cpu  # the bot's CPU over the burst, every thread of it
    await asyncio.sleep(SETTLE_SECONDS)
    stop.set()
    await bot
    fake.stdin.write(b"done\n")
    await fake.stdin.drain()
    await fake.wait()
    return dict(json.loads(out)) | {"bot_cpu_s": round(cpu, 2)}


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def summarize(rows: list[list[Any]], kind: str) -> dict[str, Any]:
    """p50/p95/p99/max of dispatch -> callback (and -> answer) for one kind of interaction."""
    mine = [row for row in rows if row[0] == kind]
    acks = [row[1] for row in mine if row[1] is not None]
    answers = [row[2] for row in mine if row[2] is not None]
    return {
        "count": len(mine),
        "missing": len(mine) - len(acks),
        "p50_ms": round(statistics.median(acks), 1) if acks else None,
        "p95_ms": round(_percentile(acks, 0.95), 1) if acks else None,
        "p99_ms": round(_percentile(acks, 0.99), 1) if acks else None,
        "max_ms": round(max(acks), 1) if acks else None,
        "over_3s": sum(1 for ack in acks if ack > 3000),
        "deferred": sum(1 for row in mine if row[3] == 5),
        "answer_p99_ms": round(_percentile(answers, 0.99), 1) if answers else None,
    }


def run(knowledge: Path, keystrokes: int) -> dict[str, Any]:
    """One burst (with `keystrokes` autocomplete requests) against a fresh client and fake."""
    from bot.core.engine import Engine  # noqa: PLC0415
    from bot.core.knowledge.loader import load_knowledge  # noqa: PLC0415
    from bot.evaluation import load_cases  # noqa: PLC0415

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    engine = Engine(load_knowledge(knowledge))
    questions = [case.question for case in load_cases(ROOT / "tests" / "golden")]
    questions = [question for question in questions if 0 < len(question) <= 300]
    outcome = asyncio.run(_run_burst(engine, plan(questions, keystrokes)))
    summary = {
        "slash": summarize(outcome["rows"], "slash"),
        "refused": outcome["refused"],
        "dispatch_ms": outcome["dispatch_ms"],  # from the first dispatch to the last
        "bot_cpu_s": outcome["bot_cpu_s"],  # less sensitive to a busy machine than the times
        "first_ack_ms": round(min(r[1] for r in outcome["rows"] if r[1] is not None), 1),
    }
    if keystrokes:
        summary["autocomplete"] = summarize(outcome["rows"], "type")
    return summary


def main(argv: list[str] | None = None) -> int:
    """`--fake`: be the fake Discord (the benchmark starts this); otherwise run both bursts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fake", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--knowledge", type=Path, default=ROOT / "knowledge")
    args = parser.parse_args(argv)
    if args.fake:
        asyncio.run(_serve_fake())
        return 0
    for keystrokes in (0, KEYSTROKES):
        print(json.dumps({"keystrokes": keystrokes} | run(args.knowledge, keystrokes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
