"""The runners: Socket Mode through a loopback websocket, HTTP mode on a real port, bad tokens."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import socket
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.config import SlackConfig
from bot.adapters.slack.runner import EVENTS_PATH, serve_slack_http, serve_slack_socket
from bot.core.engine import Engine
from bot.runtime.errors import PlatformStartError
from tests.adapters.slack.fake_slack import WAIT_SECONDS, FakeSlack, command_body, sign
from tests.adapters.slack.test_safety import ExplodingAnswerer

Runner = Callable[..., Any]


@asynccontextmanager
async def running(run: Runner, *args: Any, **kwargs: Any) -> AsyncIterator[asyncio.Event]:
    """Run a serve_slack_* coroutine in the background; on exit, set stop and await a clean end."""
    stop = asyncio.Event()
    task = asyncio.create_task(run(*args, stop, **kwargs))
    try:
        yield stop
    finally:
        stop.set()
        await asyncio.wait_for(task, WAIT_SECONDS)  # re-raises anything the runner raised


def slash_envelope(fake: FakeSlack) -> dict[str, Any]:
    """A Socket Mode envelope carrying /csto, as Slack sends it over the websocket."""
    return {
        "envelope_id": "env-1",
        "type": "slash_commands",
        "accepts_response_payload": True,
        "payload": {
            "team_id": "T0TEAM",
            "channel_id": "C0CHAN",
            "user_id": "U0ASKER",
            "command": "/csto",
            "text": "What is the CSTO?",
            "response_url": fake.response_url(),
            "trigger_id": "1.2.3",
        },
    }


async def test_socket_mode_acknowledges_an_envelope_with_the_answer(
    fake_slack: FakeSlack, slack_client: AsyncWebClient, config: SlackConfig, engine: Engine
):
    """The real AsyncSocketModeHandler acks a slash_commands envelope with the answer payload."""
    async with running(serve_slack_socket, engine, config, client=slack_client):
        await fake_slack.wait_for(
            lambda: bool(fake_slack.calls_to("apps.connections.open")), "a connection"
        )
        await fake_slack.envelopes.put(slash_envelope(fake_slack))
        await fake_slack.wait_for(lambda: bool(fake_slack.socket_acks), "an envelope ack")

    [ack] = fake_slack.socket_acks
    assert ack["envelope_id"] == "env-1"
    assert ack["payload"]["response_type"] == "ephemeral"
    assert ack["payload"]["blocks"][0]["type"] == "section"
    [opened] = [call for call in fake_slack.calls if call.method == "apps.connections.open"]
    assert opened.headers["Authorization"] == f"Bearer {config.app_token}"


def mention_envelope(envelope_id: str, event_id: str, ts: str, retry: int = 0) -> dict[str, Any]:
    """A Socket Mode envelope carrying an app_mention, possibly as Slack's retry."""
    event = {"type": "app_mention", "user": "U0ASKER", "text": "<@U0BOT> What is the CSTO?"}
    return {
        "envelope_id": envelope_id,
        "type": "events_api",
        "accepts_response_payload": False,
        "retry_attempt": retry,
        "retry_reason": "timeout" if retry else "",
        "payload": {
            "team_id": "T0TEAM",
            "type": "event_callback",
            "event_id": event_id,
            "event": event | {"channel": "C0CHAN", "ts": ts, "event_ts": ts},
        },
    }


async def test_socket_mode_answers_mentions_once_even_when_retried(
    fake_slack: FakeSlack, slack_client: AsyncWebClient, config: SlackConfig, engine: Engine
):
    """Over Socket Mode a mention is answered in its thread; its retried envelope is not."""
    async with running(serve_slack_socket, engine, config, client=slack_client):
        await fake_slack.envelopes.put(mention_envelope("env-a", "EvSock1", "1.0"))
        await fake_slack.wait_for_call("chat.postMessage", thread_ts="1.0")
        await fake_slack.envelopes.put(mention_envelope("env-b", "EvSock1", "1.0", retry=1))
        await fake_slack.envelopes.put(mention_envelope("env-c", "EvSock2", "2.0"))
        await fake_slack.wait_for_call("chat.postMessage", thread_ts="2.0")
        await fake_slack.wait_for(lambda: len(fake_slack.socket_acks) == 3, "three acks")

    assert sorted(ack["envelope_id"] for ack in fake_slack.socket_acks) == [
        "env-a",
        "env-b",
        "env-c",
    ]
    threads = [post["thread_ts"] for post in fake_slack.calls_to("chat.postMessage")]
    assert threads == ["1.0", "2.0"]


def free_port() -> int:
    """A port that was free a moment ago on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_http_mode_serves_events_and_extra_routes_then_stops(
    fake_slack: FakeSlack, slack_client: AsyncWebClient, config: SlackConfig, engine: Engine
):
    """serve_slack_http answers signed commands, serves extra routes, and closes on stop."""
    port = free_port()
    http = dataclasses.replace(config, http_port=port, http_host="127.0.0.1")

    async def healthz(_request: web.Request) -> web.Response:
        return web.Response(text="up")

    routes = [web.get("/healthz", healthz)]
    base = f"http://127.0.0.1:{port}"
    async with running(serve_slack_http, engine, http, extra_routes=routes, client=slack_client):
        await fake_slack.wait_for_calls("auth.test")  # the runner checks the token first
        async with aiohttp.ClientSession() as session:
            await _wait_until_listening(session, base)
            async with session.get(f"{base}/healthz") as response:
                assert await response.text() == "up"
            body = command_body("What is the CSTO?", fake_slack.response_url())
            async with session.post(f"{base}{EVENTS_PATH}", data=body, headers=sign(body)) as reply:
                assert reply.status == 200
                assert (await reply.json())["response_type"] == "ephemeral"

    with pytest.raises(aiohttp.ClientConnectionError):
        async with aiohttp.ClientSession() as session, session.get(f"{base}/healthz"):
            pass


async def _wait_until_listening(session: aiohttp.ClientSession, base: str) -> None:
    for _ in range(int(WAIT_SECONDS / 0.05)):
        try:
            async with session.get(f"{base}/healthz"):
                return
        except aiohttp.ClientConnectionError:
            await asyncio.sleep(0.05)
    pytest.fail("the HTTP runner never started listening")


async def test_rejected_bot_token_fails_to_start(
    fake_slack: FakeSlack, slack_client: AsyncWebClient, config: SlackConfig, engine: Engine
):
    """A bot token Slack rejects raises PlatformStartError naming the variable, not the token."""
    fake_slack.errors["auth.test"] = "invalid_auth"
    with pytest.raises(PlatformStartError, match=r"SLACK_BOT_TOKEN \(invalid_auth\)") as error:
        await serve_slack_socket(engine, config, asyncio.Event(), client=slack_client)
    assert config.bot_token not in str(error.value)


async def test_rejected_app_token_fails_to_start(
    fake_slack: FakeSlack, slack_client: AsyncWebClient, config: SlackConfig, engine: Engine
):
    """An app token Slack rejects raises PlatformStartError instead of retrying forever."""
    fake_slack.errors["apps.connections.open"] = "invalid_auth"
    with pytest.raises(PlatformStartError, match=r"SLACK_APP_TOKEN \(invalid_auth\)"):
        await serve_slack_socket(engine, config, asyncio.Event(), client=slack_client)


@pytest.mark.parametrize(
    ("serve", "changes", "message"),
    [
        (serve_slack_socket, {"app_token": None}, "SLACK_APP_TOKEN"),
        (serve_slack_socket, {"app_token": "xoxb-wrong-kind"}, "SLACK_APP_TOKEN"),
        (serve_slack_socket, {"bot_token": ""}, "SLACK_BOT_TOKEN is missing"),
        (serve_slack_socket, {"bot_token": "xapp-wrong-kind"}, "SLACK_BOT_TOKEN must be"),
        (serve_slack_http, {"signing_secret": None, "http_port": 3000}, "SLACK_SIGNING_SECRET"),
        (serve_slack_http, {"http_port": None}, "SLACK_HTTP_PORT"),
    ],
)
async def test_missing_or_misplaced_settings_fail_to_start(
    fake_slack: FakeSlack,
    slack_client: AsyncWebClient,
    config: SlackConfig,
    engine: Engine,
    serve: Any,
    changes: dict[str, Any],
    message: str,
):
    """Missing tokens (Socket Mode), secret or port (HTTP): PlatformStartError, Slack not called."""
    broken = dataclasses.replace(config, **changes)
    with pytest.raises(PlatformStartError, match=message):
        await serve(engine, broken, asyncio.Event(), client=slack_client)
    assert fake_slack.calls == []


def test_config_repr_hides_secrets(config: SlackConfig):
    """Tokens and the signing secret never appear in the config's repr (and so in logs)."""
    text = repr(config)
    for secret in (config.bot_token, config.app_token, config.signing_secret):
        assert secret
        assert secret not in text


@pytest.mark.parametrize("runner", [serve_slack_socket, serve_slack_http])
async def test_oauth_variables_refuse_to_start_in_one_line(
    fake_slack: FakeSlack,
    slack_client: AsyncWebClient,
    config: SlackConfig,
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    runner: Runner,
):
    """SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (Bolt's OAuth switch) stop the start, not the bot."""
    monkeypatch.setenv("SLACK_CLIENT_ID", "111.222")
    monkeypatch.setenv("SLACK_CLIENT_SECRET", "client-secret-value")
    http = dataclasses.replace(config, http_port=free_port(), http_host="127.0.0.1")
    with pytest.raises(PlatformStartError, match="SLACK_CLIENT_ID and SLACK_CLIENT_SEC") as error:
        await asyncio.wait_for(runner(engine, http, asyncio.Event(), client=slack_client), 2.0)
    assert "\n" not in str(error.value)
    assert "client-secret-value" not in str(error.value)
    assert fake_slack.calls == []


async def test_start_up_logs_no_token_warning(
    fake_slack: FakeSlack,
    slack_client: AsyncWebClient,
    config: SlackConfig,
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    """With SLACK_BOT_TOKEN in the environment (as in production) start-up logs no WARNING."""
    monkeypatch.setenv("SLACK_BOT_TOKEN", config.bot_token)
    caplog.set_level(logging.DEBUG)
    async with running(serve_slack_socket, engine, config, client=slack_client):
        await fake_slack.wait_for_calls("apps.connections.open")
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


async def test_socket_mode_failures_are_still_apologised_for(
    fake_slack: FakeSlack, slack_client: AsyncWebClient, config: SlackConfig
):
    """Socket Mode requests need no signature: the boundary still apologises for a core failure."""
    async with running(serve_slack_socket, ExplodingAnswerer(), config, client=slack_client):
        await fake_slack.envelopes.put(mention_envelope("env-x", "EvSockBoom", "3.0"))
        [apology] = await fake_slack.wait_for_calls("chat.postEphemeral")
    assert apology["thread_ts"] == "3.0"
    assert apology["user"] == "U0ASKER"
