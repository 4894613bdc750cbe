"""Runs the core's synchronous calls on worker threads, so an event loop keeps acknowledging.

A burst of questions computed on the loop delays every acknowledgement behind every answer
(Discord and Slack both give up after 3 s). The core is pure Python, so threads do not make it
faster; they let the loop interleave acks and replies with the work.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from bot.core.api import Answer, Answerer, Completion, Context, SubjectKind

T = TypeVar("T")
DEFAULT_WORKERS = 2


class OffLoopAnswerer:
    """Async wrapper around an Answerer: each call runs in a small thread pool."""

    def __init__(self, inner: Answerer, workers: int = DEFAULT_WORKERS) -> None:
        self.inner = inner
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="csto-core")

    async def run(self, call: Callable[[], T]) -> T:
        """Run any synchronous call on the workers (e.g. an answer and its rendering)."""
        return await asyncio.get_running_loop().run_in_executor(self._pool, call)

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
        """Autocomplete on a worker thread."""
        return await self.run(functools.partial(self.inner.complete, text, kind, limit))

    async def help(self) -> Answer:
        """The help answer on a worker thread."""
        return await self.run(self.inner.help)

    @property
    def knowledge_version(self) -> str:
        """The inner Answerer's knowledge version (cheap: no thread needed)."""
        return self.inner.knowledge_version

    def close(self) -> None:
        """Stop the workers once the calls in flight have finished."""
        self._pool.shutdown(wait=False, cancel_futures=True)
