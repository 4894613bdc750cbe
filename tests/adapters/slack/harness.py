"""Fixtures: the real Engine, and the real Bolt app served on 127.0.0.1 against the fake Slack."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from multidict import MultiDict
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.offload import OffLoopAnswerer
from bot.adapters.slack.app import build_app
from bot.adapters.slack.config import SlackConfig
from bot.adapters.slack.runner import EVENTS_PATH, build_web_app
from bot.core.api import Answerer
from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge
from tests.adapters.slack.fake_slack import (
    APP_TOKEN,
    BOT_TOKEN,
    SIGNING_SECRET,
    FakeSlack,
    command_body,
    event_body,
    payload_body,
    serve,
    sign,
)

KNOWLEDGE_DIR = Path(__file__).resolve().parents[3] / "knowledge"


@pytest.fixture(scope="session")
def knowledge_engine() -> Engine:
    """The real engine over the real knowledge/ (loaded once per session)."""
    return Engine(load_knowledge(KNOWLEDGE_DIR), strict=True)


@pytest.fixture
def engine(knowledge_engine: Engine) -> Engine:
    """A fresh real engine per test, so conversation memory never leaks between tests."""
    return Engine(knowledge_engine.knowledge, strict=True)


@pytest.fixture
def config() -> SlackConfig:
    """A config for both transports, with the fake's tokens."""
    return SlackConfig(bot_token=BOT_TOKEN, app_token=APP_TOKEN, signing_secret=SIGNING_SECRET)


@dataclass
class Reply:
    """What the Bolt app answered over HTTP."""

    status: int
    text: str

    def json(self) -> Any:
        """The body as JSON."""
        return json.loads(self.text)


@dataclass
class BoltServer:
    """The real Bolt app behind a real aiohttp server on loopback."""

    url: str
    fake: FakeSlack
    session: aiohttp.ClientSession

    async def post(self, body: str | bytes, headers: Mapping[str, str] | MultiDict[str]) -> Reply:
        """POST a raw body with the given headers (repeats allowed) to /slack/events."""
        data = body if isinstance(body, bytes) else body.encode()
        async with self.session.post(self.url, data=data, headers=headers) as response:
            return Reply(response.status, await response.text())

    async def command(self, text: str, **overrides: str) -> Reply:
        """Run `/csto text`, signed, with the response_url on the fake."""
        body = command_body(text, self.fake.response_url(), **overrides)
        return await self.post(body, sign(body))

    async def event(self, event: dict[str, Any], event_id: str, retry: int | None = None) -> Reply:
        """Deliver a signed Events API callback (optionally as Slack's retry number `retry`)."""
        body = event_body(event, event_id)
        headers = sign(body, content_type="application/json")
        if retry is not None:
            headers |= {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
        return await self.post(body, headers)

    async def action(self, payload: dict[str, Any]) -> Reply:
        """Deliver a signed interactivity payload."""
        body = payload_body(payload)
        return await self.post(body, sign(body))


ServeBolt = Callable[..., AbstractAsyncContextManager[BoltServer]]


@pytest.fixture
def serve_bolt(
    fake_slack: FakeSlack, slack_client: AsyncWebClient, config: SlackConfig
) -> ServeBolt:
    """Serve build_app(answerer) exactly as HTTP mode does, on 127.0.0.1 (optionally with
    another SlackConfig)."""

    @asynccontextmanager
    async def serving(
        answerer: Answerer, settings: SlackConfig | None = None
    ) -> AsyncIterator[BoltServer]:
        off_loop = OffLoopAnswerer(answerer)
        app = build_app(off_loop, settings or config, slack_client)
        web_app = build_web_app(app, SIGNING_SECRET)
        try:
            async with serve(web_app) as base_url, aiohttp.ClientSession() as session:
                yield BoltServer(base_url + EVENTS_PATH, fake_slack, session)
        finally:
            off_loop.close()

    return serving


@pytest.fixture
async def bolt(serve_bolt: ServeBolt, engine: Engine) -> AsyncIterator[BoltServer]:
    """The Bolt app answering with the real engine."""
    async with serve_bolt(engine) as server:
        yield server
