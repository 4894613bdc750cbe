"""Run several platforms in one asyncio process: one failing leaves the others serving.

`serve` is the orchestration (testable in-process); `install_signals` wires SIGTERM/SIGINT to a
graceful stop and SIGHUP to a knowledge reload.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any

from bot.runtime.errors import PlatformStartError
from bot.runtime.health import HealthState
from bot.runtime.logging_setup import log_event

logger = logging.getLogger("bot.runtime.service")

# Docker waits 10 s after SIGTERM before SIGKILL; leave a margin for cancelling stragglers.
SHUTDOWN_TIMEOUT = 8.0
CANCEL_TIMEOUT = 1.0


@dataclass(frozen=True, slots=True)
class Platform:
    """A platform to serve: `serve(stop)` runs until `stop` is set."""

    name: str
    serve: Callable[[asyncio.Event], Awaitable[None]]


async def _run_platform(platform: Platform, stop: asyncio.Event, state: HealthState) -> None:
    """Serve one platform; a failure is logged and recorded, never propagated to the others."""
    state.set(platform.name, "running")
    log_event(logger, "platform starting", platform=platform.name)
    try:
        await platform.serve(stop)
    except PlatformStartError as error:
        state.set(platform.name, "failed")
        log_event(
            logger, "platform failed to start", logging.ERROR, platform=platform.name, error=error
        )
    except Exception:
        state.set(platform.name, "failed")
        logger.exception("platform crashed", extra={"fields": {"platform": platform.name}})
    else:
        state.set(platform.name, "stopped")
        if not stop.is_set():
            log_event(logger, "platform ended on its own", logging.WARNING, platform=platform.name)


async def serve(
    platforms: Sequence[Platform],
    stop: asyncio.Event,
    state: HealthState,
    support: Sequence[Callable[[asyncio.Event], Coroutine[Any, Any, None]]] = (),
    shutdown_timeout: float = SHUTDOWN_TIMEOUT,
) -> int:
    """Serve until `stop` is set (exit 0) or every platform has ended (exit 1)."""
    platform_tasks = [
        asyncio.create_task(_run_platform(platform, stop, state), name=platform.name)
        for platform in platforms
    ]
    support_tasks = [asyncio.create_task(job(stop)) for job in support]
    stop_waiter = asyncio.create_task(stop.wait())
    # With no platforms at all (--idle) only `stop` ends the wait.
    while not stop.is_set() and not (platform_tasks and all(t.done() for t in platform_tasks)):
        await asyncio.wait([*platform_tasks, stop_waiter], return_when=asyncio.FIRST_COMPLETED)
    all_ended = not stop.is_set()
    if all_ended:
        log_event(logger, "every platform has ended; shutting down", logging.ERROR)
    stop.set()
    await _shut_down([*platform_tasks, *support_tasks, stop_waiter], shutdown_timeout)
    log_event(logger, "stopped", platforms=_summary(state))
    return 1 if all_ended else 0


async def _shut_down(tasks: list[asyncio.Task[Any]], grace: float) -> None:
    """Give tasks `grace` seconds to finish after stop, then cancel the stragglers."""
    _, pending = await asyncio.wait(tasks, timeout=grace)
    for task in pending:
        log_event(
            logger, "cancelling a task that did not stop", logging.WARNING, task=task.get_name()
        )
        task.cancel()
    if pending:
        await asyncio.wait(pending, timeout=CANCEL_TIMEOUT)
    for task in tasks:
        if task.done() and not task.cancelled() and task.exception() is not None:
            logger.error(
                "task failed during shutdown",
                exc_info=task.exception(),
                extra={"fields": {"task": task.get_name()}},
            )


def _summary(state: HealthState) -> str:
    return ",".join(f"{name}:{status}" for name, status in state.platforms.items()) or "none"


def install_signals(
    stop: asyncio.Event, on_hup: Callable[[], Coroutine[Any, Any, object]] | None = None
) -> None:
    """SIGTERM and SIGINT set `stop`; SIGHUP runs `on_hup` (a knowledge reload)."""
    loop = asyncio.get_running_loop()
    pending: set[asyncio.Task[object]] = set()

    def request_stop(signum: int) -> None:
        log_event(logger, "stopping", signal=signal.Signals(signum).name)
        stop.set()

    def request_reload() -> None:
        if on_hup is None:
            return
        task: asyncio.Task[object] = loop.create_task(on_hup())
        # Keep a reference until done, or the task may be garbage-collected mid-reload.
        pending.add(task)
        task.add_done_callback(pending.discard)

    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, request_stop, signum)
    with contextlib.suppress(AttributeError):  # no SIGHUP on Windows
        loop.add_signal_handler(signal.SIGHUP, request_reload)
