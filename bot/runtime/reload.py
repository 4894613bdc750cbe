"""Live knowledge reload: on a file change or SIGHUP, load anew and swap only if it is valid."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from watchfiles import Change, awatch

from bot.core.knowledge.errors import KnowledgeError
from bot.core.knowledge.loader import load_knowledge
from bot.core.knowledge.models import Knowledge
from bot.runtime.logging_setup import log_event

logger = logging.getLogger("bot.runtime.reload")

KNOWLEDGE_SUFFIXES = (".yaml", ".yml")


class KnowledgeHolder(Protocol):
    """What the reloader swaps knowledge into (the Engine)."""

    def replace_knowledge(self, knowledge: Knowledge) -> None:
        """Serve `knowledge` from now on."""
        ...


def is_knowledge_file(change: Change, path: str) -> bool:
    """Only YAML files count: editors' swap and backup files must not trigger reloads."""
    return path.endswith(KNOWLEDGE_SUFFIXES)


class KnowledgeReloader:
    """Reloads one knowledge directory into an engine; reloads never overlap."""

    def __init__(
        self,
        directory: Path,
        target: KnowledgeHolder,
        load: Callable[[Path], Knowledge] = load_knowledge,
        on_swap: Callable[[Knowledge], None] | None = None,
    ) -> None:
        self.directory = directory
        self._target = target
        self._load = load
        self._on_swap = on_swap
        self._lock = asyncio.Lock()
        self.reloads = 0
        self.failures = 0

    async def reload(self, reason: str) -> bool:
        """Load the directory in a worker thread; swap it in if valid. Returns whether it did."""
        async with self._lock:
            # The old knowledge keeps serving while the new one loads, validates and is indexed
            # off the event loop; the engine swaps it in with one reference assignment at the end.
            try:
                knowledge = await asyncio.to_thread(self._load_and_swap)
            except KnowledgeError as error:
                self.failures += 1
                log_event(
                    logger,
                    "knowledge reload rejected; still serving the last good knowledge",
                    logging.ERROR,
                    reason=reason,
                    problems=len(error.problems),
                )
                for problem in error.problems:
                    log_event(logger, "knowledge problem", logging.ERROR, problem=str(problem))
                return False
            except Exception:
                self.failures += 1
                logger.exception("knowledge reload failed; still serving the last good knowledge")
                return False
            if self._on_swap is not None:
                self._on_swap(knowledge)
            self.reloads += 1
            log_event(logger, "knowledge reloaded", reason=reason, version=knowledge.version)
            return True

    def _load_and_swap(self) -> Knowledge:
        knowledge = self._load(self.directory)
        # Only reached after full validation: an answer sees the old or the new, never a mix.
        self._target.replace_knowledge(knowledge)
        return knowledge

    async def watch(self, stop: asyncio.Event) -> None:
        """Reload after each batch of YAML changes under the directory, until `stop`."""
        log_event(logger, "watching knowledge", directory=str(self.directory))
        async for changes in awatch(
            self.directory, watch_filter=is_knowledge_file, stop_event=stop, debounce=400
        ):
            names = sorted({Path(path).name for _, path in changes})
            await self.reload("changed: " + ",".join(names))
