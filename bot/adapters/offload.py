"""Runs the core's synchronous calls on worker threads, so an event loop keeps acknowledging.

A burst of questions computed on the loop delays every acknowledgement behind every answer
(Discord and Slack both give up after 3 s). The core is pure Python, so threads do not make it
faster; they let the loop interleave acks and replies with the work. Autocomplete and help
have their own worker: a keystroke's choices are due within 3 s too, and they are cheap, so they
must not wait behind a queue of answers.
"""

from __future__ import annotations

import asyncio
import functools
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from bot.core.api import Answer, Answerer, Completion, Context, SubjectKind

T = TypeVar("T")
DEFAULT_WORKERS = 2
QUICK_WORKERS = 1  # for autocomplete and help
# How much each finished call moves the running mean of call times (recent calls weigh most).
MEAN_WEIGHT = 0.1


class OffLoopAnswerer:
    """Async wrapper around an Answerer: each call runs in a small thread pool."""

    def __init__(
        self,
        inner: Answerer,
        workers: int = DEFAULT_WORKERS,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.inner = inner
        self._clock = clock
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="csto-core")
        self._quick = ThreadPoolExecutor(max_workers=QUICK_WORKERS, thread_name_prefix="csto-quick")
        self._workers = workers
        self._lock = threading.Lock()
        self._pending = 0
        self._mean_seconds: float | None = None  # until the first call has finished

    def expected_wait(self) -> float:
        """Seconds a call submitted now would likely take, queue included (from recent calls)."""
        with self._lock:
            return (self._pending // self._workers + 1) * (self._mean_seconds or 0.0)

    def submit(self, call: Callable[[], T]) -> Future[T]:
        """Start any synchronous call on the answer workers; return its concurrent future.

        The future says at once when the call is done, even while the event loop is too busy to
        have heard so."""
        with self._lock:
            self._pending += 1
        return self._pool.submit(self._timed, call)

    def _timed(self, call: Callable[[], T]) -> T:
        start = self._clock()
        try:
            return call()
        finally:
            took = self._clock() - start
            with self._lock:
                self._pending -= 1
                mean = took if self._mean_seconds is None else self._mean_seconds
                self._mean_seconds = mean + MEAN_WEIGHT * (took - mean)

    async def run(self, call: Callable[[], T]) -> T:
        """Run any synchronous call on the workers (e.g. an answer and its rendering)."""
        return await asyncio.wrap_future(self.submit(call))

    async def answer(self, question: str, context: Context | None = None) -> Answer:
        """Answer one question on a worker thread."""
        return await self.run(functools.partial(self.inner.answer, question, context))

    async def describe(
        self, kind: SubjectKind, query: str, context: Context | None = None
    ) -> Answer:
        """Look one subject up on a worker thread."""
        return await self.run(functools.partial(self.inner.describe, kind, query, context))

    async def complete(
        self, text: str, kind: SubjectKind | None = None, limit: int = 25
    ) -> list[Completion]:
        """Autocomplete on the quick worker, ahead of any queue of answers."""
        call = functools.partial(self.inner.complete, text, kind, limit)
        return await asyncio.wrap_future(self._quick.submit(call))

    async def help(self) -> Answer:
        """The help answer on the quick worker."""
        return await asyncio.wrap_future(self._quick.submit(self.inner.help))

    @property
    def knowledge_version(self) -> str:
        """The inner Answerer's knowledge version (cheap: no thread needed)."""
        return self.inner.knowledge_version

    def close(self) -> None:
        """Stop the workers once the calls in flight have finished."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._quick.shutdown(wait=False, cancel_futures=True)
