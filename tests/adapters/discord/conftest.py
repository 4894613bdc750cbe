"""Fixtures for driving the real discord.py client against the loopback fake."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import pytest

from bot.adapters.discord.client import CstoClient
from bot.adapters.discord.config import DiscordConfig
from bot.adapters.discord.runner import run_client
from bot.core.api import Answerer
from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge
from bot.core.knowledge.models import Knowledge
from tests.adapters.discord.answers import KNOWLEDGE_DIR
from tests.adapters.discord.fake_discord import GUILD_ID, TOKEN, FakeDiscord, fake_discord

__all__ = ["fake_discord"]


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_discord_errors() -> Iterator[None]:
    """Fail the test if discord.py logged an ERROR (it swallows handler exceptions)."""
    handler = _Collect()
    logger = logging.getLogger("discord")
    logger.addHandler(handler)
    yield
    logger.removeHandler(handler)
    messages = [record.getMessage() for record in handler.records]
    assert not messages, f"discord.py logged errors: {messages}"


@dataclass
class RunningBot:
    """A CstoClient connected to the fake, and the fake itself."""

    client: CstoClient
    fake: FakeDiscord


StartBot = Callable[..., Any]


@pytest.fixture
def start_bot(fake_discord: FakeDiscord) -> StartBot:
    """Start a CstoClient on the fake: `async with start_bot(answerer, **config) as bot:`."""

    @asynccontextmanager
    async def start(answerer: Answerer, **overrides: Any) -> AsyncIterator[RunningBot]:
        # Answers are awaited in full (no "thinking…" first) unless a test asks for the real
        # grace: a loaded CI machine must not turn a reply into a defer and fail the test.
        settings: dict[str, Any] = {
            "token": TOKEN,
            "guild_id": GUILD_ID,
            "cooldown_seconds": 0,
            "defer_after_seconds": 2.5,
        }
        settings |= overrides
        client = CstoClient(answerer, DiscordConfig(**settings), guild_ready_timeout=0.1)
        stop = asyncio.Event()
        task = asyncio.create_task(run_client(client, settings["token"], stop))
        ready = asyncio.create_task(client.wait_until_ready())
        await asyncio.wait({task, ready}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            ready.cancel()
            await task  # raises the start-up error
        try:
            yield RunningBot(client, fake_discord)
        finally:
            stop.set()
            await asyncio.wait_for(task, timeout=10)

    return start


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    """The shipped fact base, loaded once."""
    return load_knowledge(KNOWLEDGE_DIR)


@pytest.fixture
def answerer(knowledge: Knowledge) -> Engine:
    """The real engine over the real knowledge, with a fresh conversation memory per test."""
    return Engine(knowledge, strict=True)
