"""A loopback fake of Slack for tests: Web API, response URLs, a Socket Mode websocket, signing.

Reusable by any test of the Slack adapter: import the fixtures into a conftest.py
(`from tests.adapters.slack.fake_slack import fake_slack, slack_client  # noqa: F401`).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
import urllib.parse
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import WSMsgType, web
from aiohttp.test_utils import TestServer
from slack_sdk.web.async_client import AsyncWebClient

BOT_TOKEN = "xoxb-test-bot-token"
APP_TOKEN = "xapp-test-app-token"
SIGNING_SECRET = "test-signing-secret"
TEAM_ID = "T0TEAM"
BOT_USER_ID = "U0BOT"
BOT_ID = "B0BOT"
WAIT_SECONDS = 5.0  # an upper bound for "eventually", never a speed assertion


@dataclass
class Call:
    """One request that reached the fake: a Web API method, or a post to a response URL."""

    method: str
    params: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


class FakeSlack:
    """Records every call; answers {"ok": true, ...}; serves Socket Mode on /ws."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.socket_acks: list[dict[str, Any]] = []
        self.errors: dict[str, str] = {}  # Web API method -> error code to answer with
        self.envelopes: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.base_url = ""
        self._changed = asyncio.Condition()
        self.app = web.Application()
        self.app.add_routes(
            [
                web.post("/api/{method}", self._api),
                web.post("/response/{name}", self._response_url),
                web.get("/ws", self._websocket),
            ]
        )

    @property
    def api_url(self) -> str:
        """The base_url for an AsyncWebClient."""
        return f"{self.base_url}/api/"

    def response_url(self, name: str = "r1") -> str:
        """A response_url whose posts are recorded as method "response:NAME"."""
        return f"{self.base_url}/response/{name}"

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        """Parameters of every call to one method, in order."""
        return [call.params for call in self.calls if call.method == method]

    def outputs(self) -> list[dict[str, Any]]:
        """Everything the bot sent to Slack except start-up chatter (auth.test, connections)."""
        skip = {"auth.test", "apps.connections.open"}
        return [call.params for call in self.calls if call.method not in skip]

    async def wait_for(self, ready: Callable[[], bool], what: str) -> None:
        """Wait until `ready()` holds; fail naming `what` if it never does."""
        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(ready), WAIT_SECONDS)
            except TimeoutError:
                pytest.fail(f"the fake Slack never saw {what}; calls: {self.calls}")

    async def wait_for_calls(self, method: str, count: int = 1) -> list[dict[str, Any]]:
        """Wait for `count` calls to `method` and return their parameters."""
        await self.wait_for(lambda: len(self.calls_to(method)) >= count, f"{count} x {method}")
        return self.calls_to(method)

    async def wait_for_call(self, method: str, **match: Any) -> dict[str, Any]:
        """Wait for a call to `method` whose parameters include `match`, and return it."""

        def found() -> list[dict[str, Any]]:
            return [p for p in self.calls_to(method) if match.items() <= p.items()]

        await self.wait_for(lambda: bool(found()), f"{method} with {match}")
        return found()[0]

    async def _record(self, call: Call) -> None:
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _read_params(request)
        await self._record(Call(method, params, dict(request.headers)))
        if method in self.errors:
            return web.json_response({"ok": False, "error": self.errors[method]})
        return web.json_response({"ok": True, **self._result(method, params)})

    def _result(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {"user_id": BOT_USER_ID, "bot_id": BOT_ID, "team_id": TEAM_ID, "user": "csto"}
        if method == "apps.connections.open":
            return {"url": self.base_url.replace("http://", "ws://") + "/ws"}
        if method in {"chat.postMessage", "chat.postEphemeral"}:
            return {"channel": params.get("channel"), "ts": f"{time.time():.6f}"}
        return {}

    async def _response_url(self, request: web.Request) -> web.Response:
        params = await _read_params(request)
        await self._record(Call(f"response:{request.match_info['name']}", params))
        return web.Response(text="ok")

    async def _websocket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse(autoping=True)
        await socket.prepare(request)
        await socket.send_json({"type": "hello", "num_connections": 1})
        sender = asyncio.create_task(self._send_envelopes(socket))
        try:
            async for message in socket:
                if message.type == WSMsgType.TEXT:
                    async with self._changed:
                        self.socket_acks.append(json.loads(message.data))
                        self._changed.notify_all()
        finally:
            sender.cancel()
        return socket

    async def _send_envelopes(self, socket: web.WebSocketResponse) -> None:
        while True:
            envelope = await self.envelopes.get()
            await socket.send_json(envelope)


async def _read_params(request: web.Request) -> dict[str, Any]:
    """Query string, form or JSON body as one dict; JSON-looking form values are decoded."""
    params: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        params.update(await request.json())
        return params
    for key, value in (await request.post()).items():
        params[key] = _maybe_json(str(value))
    return params


def _maybe_json(value: str) -> Any:
    if value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def sign(
    body: str | bytes,
    timestamp: int | str | None = None,
    secret: str = SIGNING_SECRET,
    content_type: str = "application/x-www-form-urlencoded",
) -> dict[str, str]:
    """Headers Slack would send with `body`: the timestamp and its v0 HMAC-SHA256 signature."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    raw = body if isinstance(body, bytes) else body.encode()
    base = f"v0:{stamp}:".encode() + raw
    digest = hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": f"v0={digest}",
        "Content-Type": content_type,
    }


def command_body(text: str, response_url: str, **overrides: str) -> str:
    """A form-encoded /csto slash command as Slack posts it."""
    fields = {
        "token": "legacy",
        "team_id": TEAM_ID,
        "channel_id": "C0CHAN",
        "channel_name": "general",
        "user_id": "U0ASKER",
        "user_name": "asker",
        "command": "/csto",
        "text": text,
        "response_url": response_url,
        "trigger_id": "1.2.3",
        **overrides,
    }
    return urllib.parse.urlencode(fields)


def payload_body(payload: dict[str, Any]) -> str:
    """A form-encoded interactivity payload (block_actions) as Slack posts it."""
    return urllib.parse.urlencode({"payload": json.dumps(payload)})


def event_body(event: dict[str, Any], event_id: str = "Ev0001") -> str:
    """A JSON Events API callback as Slack posts it."""
    return json.dumps(
        {
            "token": "legacy",
            "team_id": TEAM_ID,
            "api_app_id": "A0APP",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "event": event,
        }
    )


@asynccontextmanager
async def serve(app: web.Application) -> AsyncIterator[str]:
    """Serve an aiohttp app on 127.0.0.1 with a free port; yields its base URL."""
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        yield str(server.make_url("")).rstrip("/")
    finally:
        await server.close()


@pytest.fixture
async def fake_slack() -> AsyncIterator[FakeSlack]:
    """A running fake Slack on loopback."""
    fake = FakeSlack()
    async with serve(fake.app) as base_url:
        fake.base_url = base_url
        yield fake


@pytest.fixture
def slack_client(fake_slack: FakeSlack) -> AsyncWebClient:
    """A real slack_sdk web client whose Slack is the fake."""
    return AsyncWebClient(token=BOT_TOKEN, base_url=fake_slack.api_url)
