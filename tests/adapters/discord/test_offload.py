"""The off-loop core's estimate of how long the next call will take (when to defer first)."""

from __future__ import annotations

import asyncio
import itertools
import threading

from bot.adapters.offload import OffLoopAnswerer
from bot.core.engine import Engine
from tests.adapters.stand_in import EngineStandIn


async def test_expected_wait_follows_call_times_and_the_queue(answerer: Engine):
    """No estimate before any call; a call that took 2 s makes the next one expected to
    take about 2 s, more with calls queued ahead of it on both workers."""
    ticks = itertools.count(0.0, 2.0)  # every reading of the clock is 2 s after the last
    core = OffLoopAnswerer(EngineStandIn(answerer), workers=2, clock=lambda: next(ticks))
    gate = threading.Event()
    try:
        assert core.expected_wait() == 0.0
        await core.answer("When did Azerbaijan leave the CSTO?")
        assert core.expected_wait() == 2.0
        held = [core.submit(lambda: gate.wait(10)) for _ in range(4)]
        assert core.expected_wait() == 6.0  # two calls ahead on each of the two workers
        gate.set()
        for future in held:
            future.result(10)
        # Each held call read the clock at least twice, so none took under 2 s.
        assert core.expected_wait() >= 2.0
    finally:
        gate.set()
        core.close()


async def test_autocomplete_and_help_do_not_wait_behind_answers(answerer: Engine):
    """With every answer worker busy and more answers queued, a keystroke's choices and the
    help still come back (they are due within Discord's 3 s, and cheap)."""
    core = OffLoopAnswerer(EngineStandIn(answerer), workers=2)
    gate = threading.Event()
    try:
        held = [core.submit(lambda: gate.wait(30)) for _ in range(4)]
        choices = await asyncio.wait_for(core.complete("kaz", "country"), timeout=10)
        assert any("Kazakhstan" in choice.label for choice in choices)
        shown = await asyncio.wait_for(core.help(), timeout=10)
        assert shown.text
        assert not any(future.done() for future in held)  # the answers were still queued
    finally:
        gate.set()
        core.close()
