"""Several platforms in one process: a failing one leaves the others serving; stop is graceful."""

from __future__ import annotations

import asyncio
import logging

from bot.runtime.errors import PlatformStartError
from bot.runtime.health import HealthState
from bot.runtime.service import Platform, serve


async def refuses(stop: asyncio.Event) -> None:
    """A platform whose credentials are rejected."""
    raise PlatformStartError("Discord rejected DISCORD_TOKEN")


def serving_until_stop(seen: list[str]):
    """A platform that serves until asked to stop, recording that it stopped."""

    async def serve_(stop: asyncio.Event) -> None:
        seen.append("started")
        await stop.wait()
        seen.append("stopped")

    return serve_


async def wait_for(condition, seconds: float = 5.0) -> None:
    """Poll `condition` until true or fail after `seconds`."""
    for _ in range(int(seconds / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition never became true")


async def test_one_failure_leaves_the_other_serving(caplog):
    """A platform that fails to start is logged in one line; the other keeps running."""
    seen: list[str] = []
    state = HealthState()
    stop = asyncio.Event()
    platforms = [Platform("discord", refuses), Platform("slack-socket", serving_until_stop(seen))]
    caplog.set_level(logging.INFO)
    task = asyncio.create_task(serve(platforms, stop, state))
    await wait_for(lambda: state.platforms.get("discord") == "failed" and seen == ["started"])
    assert state.platforms["slack-socket"] == "running"
    assert state.serving
    assert not task.done()
    failures = [r for r in caplog.records if r.getMessage() == "platform failed to start"]
    assert len(failures) == 1
    assert "rejected DISCORD_TOKEN" in str(failures[0].fields["error"])  # type: ignore[attr-defined]
    assert failures[0].exc_info is None  # a start failure is one line, not a traceback
    stop.set()
    assert await asyncio.wait_for(task, timeout=10) == 0
    assert seen == ["started", "stopped"]
    assert any(r.getMessage() == "stopped" for r in caplog.records)


async def test_every_platform_failing_exits_1():
    """When no platform is left serving, serve returns 1 so a restart policy can act."""

    async def crashes(stop: asyncio.Event) -> None:
        raise RuntimeError("bug")

    state = HealthState()
    code = await asyncio.wait_for(
        serve(
            [Platform("discord", refuses), Platform("slack-http", crashes)], asyncio.Event(), state
        ),
        timeout=10,
    )
    assert code == 1
    assert state.platforms == {"discord": "failed", "slack-http": "failed"}
    assert not state.serving


async def test_straggler_is_cancelled_after_the_grace_period():
    """A platform that ignores stop is cancelled once the grace period ends."""
    cancelled = asyncio.Event()

    async def stubborn(stop: asyncio.Event) -> None:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.set()
            raise

    stop = asyncio.Event()
    task = asyncio.create_task(
        serve([Platform("x", stubborn)], stop, HealthState(), shutdown_timeout=0.1)
    )
    await asyncio.sleep(0)
    stop.set()
    assert await asyncio.wait_for(task, timeout=10) == 0
    assert cancelled.is_set()


async def test_support_jobs_run_and_stop_with_the_platforms():
    """Support jobs (heartbeat, watcher) get the same stop event."""
    ran: list[str] = []

    async def job(stop: asyncio.Event) -> None:
        ran.append("job")
        await stop.wait()
        ran.append("job stopped")

    stop = asyncio.Event()
    task = asyncio.create_task(
        serve([Platform("p", serving_until_stop(ran))], stop, HealthState(), support=[job])
    )
    await wait_for(lambda: "job" in ran)
    stop.set()
    assert await asyncio.wait_for(task, timeout=10) == 0
    assert "job stopped" in ran
