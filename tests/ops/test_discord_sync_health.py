"""What admins see when the command sync fails at start-up: logs and health tell the truth."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge
from bot.runtime.health import HealthState, check_heartbeat, write_heartbeat
from bot.runtime.platforms import build
from bot.runtime.service import serve
from bot.runtime.settings import Settings
from tests.adapters.discord.fake_discord import GUILD_ID, TOKEN, FakeDiscord
from tests.adapters.discord.test_sync_failures import DAILY_LIMIT, INVALID

KNOWLEDGE = Path(__file__).parents[2] / "knowledge"
GUARD = 15.0  # only so a broken test fails instead of hanging


def _platforms(state: HealthState):
    settings = Settings.from_mapping(
        {"DISCORD_TOKEN": TOKEN, "DISCORD_GUILD_ID": str(GUILD_ID), "DISCORD_COOLDOWN_SECONDS": "0"}
    )
    engine = Engine(load_knowledge(KNOWLEDGE), strict=True)
    return build(["discord"], settings, engine, state)


async def test_rate_limited_sync_reads_as_running_with_a_note(
    fake_discord: FakeDiscord, tmp_path, caplog
):
    """Health says Discord is running and that its commands are not synced, until when."""
    fake_discord.sync_failures.append(DAILY_LIMIT)
    state = HealthState()
    stop = asyncio.Event()
    caplog.set_level(logging.INFO)
    service = asyncio.create_task(serve(_platforms(state), stop, state))
    try:
        async with asyncio.timeout(GUARD):
            # The note is taken after login, before the gateway connects.
            await fake_discord.wait_for_identify()
        write_heartbeat(tmp_path / "health.json", state)
        healthy, line = check_heartbeat(tmp_path / "health.json")
    finally:
        stop.set()
        code = await asyncio.wait_for(service, GUARD)
    assert state.platforms == {"discord": "stopped"}
    assert healthy
    assert "discord running (commands not synced: rate limited until " in line
    assert "UTC" in line
    assert code == 0
    assert not [r for r in caplog.records if r.getMessage() == "platform crashed"]
    assert not [r for r in caplog.records if r.exc_info and r.name.startswith("bot.")]


async def test_rejected_commands_fail_the_platform_in_one_line(fake_discord: FakeDiscord, caplog):
    """A 400 on the sync marks Discord failed with one log line and no traceback."""
    fake_discord.sync_failures.append(INVALID)
    state = HealthState()
    caplog.set_level(logging.INFO)
    async with asyncio.timeout(GUARD):
        code = await serve(_platforms(state), asyncio.Event(), state)
    assert code == 1  # every platform ended
    assert state.platforms == {"discord": "failed"}
    assert not [r for r in caplog.records if r.getMessage() == "platform crashed"]
    [failure] = [r for r in caplog.records if r.getMessage() == "platform failed to start"]
    assert failure.exc_info is None
    error = str(failure.fields["error"])  # type: ignore[attr-defined]
    assert "400" in error and "\n" not in error
