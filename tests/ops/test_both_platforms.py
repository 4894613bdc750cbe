"""One process serves Discord, Slack Socket Mode and Slack HTTP at once, against loopback fakes."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
from functools import partial
from pathlib import Path

import aiohttp
import pytest

from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge
from bot.observability import LoggedAnswerer
from bot.runtime.health import HealthState, keep_heartbeat
from bot.runtime.platforms import build, wanted
from bot.runtime.service import serve
from bot.runtime.settings import Settings
from tests.adapters.discord.fake_discord import GUILD_ID, FakeDiscord
from tests.adapters.discord.fake_discord import TOKEN as DISCORD_TOKEN
from tests.adapters.slack.fake_slack import (
    APP_TOKEN,
    BOT_TOKEN,
    SIGNING_SECRET,
    FakeSlack,
    command_body,
    sign,
)

pytest.importorskip("bot.adapters.slack.runner", reason="the Slack adapter has not landed yet")

KNOWLEDGE = Path(__file__).parents[2] / "knowledge"
QUESTION = "Who are the members of the CSTO?"
EXPECTED = "Kazakhstan"  # a member every answer to QUESTION names
GUARD = 15.0  # only so a broken test fails instead of hanging


def fake_settings(**extra: str) -> Settings:
    """Settings with the fakes' Discord and Slack Socket Mode credentials, plus `extra`."""
    return Settings.from_mapping(
        {
            "DISCORD_TOKEN": DISCORD_TOKEN,
            "DISCORD_GUILD_ID": str(GUILD_ID),
            "DISCORD_COOLDOWN_SECONDS": "0",
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_APP_TOKEN": APP_TOKEN,
            **extra,
        }
    )


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def post_until_listening(url: str, body: str, headers: dict[str, str]) -> tuple[int, str]:
    """POST once the server is up (it starts after its token check); return status and text."""
    async with aiohttp.ClientSession() as session:
        for _ in range(int(GUARD / 0.05)):
            try:
                async with session.post(url, data=body.encode(), headers=headers) as response:
                    return response.status, await response.text()
            except aiohttp.ClientConnectorError:
                await asyncio.sleep(0.05)
    raise AssertionError(f"nothing listened at {url}")


async def get(url: str) -> tuple[int, dict]:
    """GET a JSON document."""
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.json()


def socket_envelope(fake: FakeSlack) -> dict:
    """A /csto slash command delivered over Socket Mode."""
    return {
        "envelope_id": "env-both",
        "type": "slash_commands",
        "accepts_response_payload": True,
        "payload": {
            "team_id": "T0TEAM",
            "channel_id": "C0CHAN",
            "user_id": "U0ASKER",
            "command": "/csto",
            "text": QUESTION,
            "response_url": fake.response_url(),
            "trigger_id": "1.2.3",
        },
    }


async def test_one_process_serves_discord_and_both_slack_modes(
    fake_discord: FakeDiscord, fake_slack: FakeSlack, slack_client, tmp_path, caplog
):
    """A question on Discord, on Slack Socket Mode and on Slack HTTP each gets its answer."""
    port = free_port()
    settings = fake_settings(
        SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_HTTP_PORT=str(port), SLACK_HTTP_HOST="127.0.0.1"
    )
    names = wanted(settings, "all")
    assert names == ["discord", "slack-socket", "slack-http"]
    state = HealthState()
    answerer = LoggedAnswerer(Engine(load_knowledge(KNOWLEDGE), strict=True))
    platforms = build(names, settings, answerer, state, slack_client=slack_client)
    stop = asyncio.Event()
    caplog.set_level(logging.INFO)
    heartbeat = partial(keep_heartbeat, tmp_path / "health.json", state)
    service = asyncio.create_task(serve(platforms, stop, state, support=[heartbeat]))
    try:
        async with asyncio.timeout(GUARD):
            await fake_discord.wait_for_identify()
            await fake_discord.wait_for_calls("PUT", r"/applications/\d+/guilds/\d+/commands")
            interaction = await fake_discord.slash("ask", question=QUESTION)
            discord_reply = await fake_discord.wait_for_callback(interaction)

        await fake_slack.wait_for(
            lambda: bool(fake_slack.calls_to("apps.connections.open")), "a Socket Mode connection"
        )
        await fake_slack.envelopes.put(socket_envelope(fake_slack))
        await fake_slack.wait_for(lambda: bool(fake_slack.socket_acks), "an envelope ack")

        body = command_body(QUESTION, fake_slack.response_url("http"))
        url = f"http://127.0.0.1:{port}/slack/events"
        http_status, http_reply = await post_until_listening(url, body, sign(body))
        healthz_status, healthz = await get(f"http://127.0.0.1:{port}/healthz")
    finally:
        stop.set()
        code = await asyncio.wait_for(service, GUARD)

    assert EXPECTED in json.dumps(discord_reply)
    [ack] = fake_slack.socket_acks
    assert EXPECTED in json.dumps(ack["payload"])
    assert http_status == 200
    assert EXPECTED in http_reply
    assert healthz_status == 200
    assert healthz["platforms"] == dict.fromkeys(names, "running")
    assert code == 0
    assert state.platforms == dict.fromkeys(names, "stopped")
    questions = [r for r in caplog.records if r.getMessage() == "question"]
    assert len(questions) == 3
    discord_errors = [r for r in caplog.records if r.name.startswith("discord") and r.levelno >= 40]
    assert not discord_errors


async def test_a_rejected_platform_leaves_the_other_serving(
    fake_discord: FakeDiscord, fake_slack: FakeSlack, slack_client, caplog
):
    """Slack rejecting its token is one log line; Discord in the same process still answers."""
    fake_slack.errors["auth.test"] = "invalid_auth"
    settings = fake_settings()
    state = HealthState()
    answerer = LoggedAnswerer(Engine(load_knowledge(KNOWLEDGE), strict=True))
    platforms = build(wanted(settings, "all"), settings, answerer, state, slack_client=slack_client)
    stop = asyncio.Event()
    caplog.set_level(logging.INFO)
    service = asyncio.create_task(serve(platforms, stop, state))
    try:
        async with asyncio.timeout(GUARD):
            await fake_discord.wait_for_identify()
            await fake_discord.wait_for_calls("PUT", r"/applications/\d+/guilds/\d+/commands")
            interaction = await fake_discord.slash("ask", question=QUESTION)
            reply = await fake_discord.wait_for_callback(interaction)
        assert state.platforms == {"discord": "running", "slack-socket": "failed"}
    finally:
        stop.set()
        code = await asyncio.wait_for(service, GUARD)
    assert EXPECTED in json.dumps(reply)
    assert code == 0
    [failure] = [r for r in caplog.records if r.getMessage() == "platform failed to start"]
    assert "invalid_auth" in str(failure.fields["error"])  # type: ignore[attr-defined]
    assert failure.exc_info is None
