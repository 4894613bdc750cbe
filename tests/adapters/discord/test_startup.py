"""Start-up over the real client: login, command sync, invite URL, intents, sharding, errors."""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import parse_qs, urlparse

import pytest

from bot.adapters.discord.config import DiscordConfig
from bot.adapters.discord.runner import serve_discord
from bot.runtime.errors import PlatformStartError
from tests.adapters.discord.fake_discord import APP_ID, GUILD_ID, TOKEN, FakeDiscord

GUILD_COMMANDS = rf"/applications/{APP_ID}/guilds/{GUILD_ID}/commands"
GLOBAL_COMMANDS = rf"/applications/{APP_ID}/commands"
MESSAGE_CONTENT_INTENT = 1 << 15


async def test_login_syncs_the_csto_group_to_the_guild(start_bot, answerer):
    """Login uploads one /csto group whose subcommands, options and autocomplete are right."""
    async with start_bot(answerer) as bot:
        [put] = bot.fake.calls_to("PUT", GUILD_COMMANDS)
    [csto] = put.json
    assert csto["name"] == "csto"
    assert csto["type"] == 1
    subcommands = {option["name"]: option for option in csto["options"]}
    assert set(subcommands) == {"ask", "member", "summit", "conflict", "exercise", "help", "gaps"}
    expected = {
        "ask": "question",
        "member": "country",
        "summit": "which",
        "conflict": "name",
        "exercise": "which",
    }
    for name, option_name in expected.items():
        assert subcommands[name]["type"] == 1  # a subcommand
        assert subcommands[name]["description"]
        [option] = subcommands[name]["options"]
        assert option["name"] == option_name
        assert option["type"] == 3  # a string
        assert option["required"] is True
        assert option["autocomplete"] is True
    assert subcommands["help"]["options"] == []
    assert not bot.fake.calls_to("PUT", GLOBAL_COMMANDS)


async def test_unchanged_commands_are_not_synced_again(start_bot, answerer):
    """A restart with the same commands reads them back and skips the upload."""
    async with start_bot(answerer):
        pass
    async with start_bot(answerer) as bot:
        assert len(bot.fake.calls_to("GET", GUILD_COMMANDS)) == 2
    assert len(bot.fake.calls_to("PUT", GUILD_COMMANDS)) == 1


async def test_force_sync_uploads_even_when_unchanged(
    start_bot, answerer, fake_discord: FakeDiscord
):
    """force_sync (csto-bot discord --sync) uploads without comparing first."""
    async with start_bot(answerer):
        pass
    async with start_bot(answerer, force_sync=True):
        pass
    assert len(fake_discord.calls_to("PUT", GUILD_COMMANDS)) == 2
    assert len(fake_discord.calls_to("GET", GUILD_COMMANDS)) == 1


async def test_without_guild_commands_sync_globally(start_bot, answerer, fake_discord: FakeDiscord):
    """With no DISCORD_GUILD_ID the commands go to the global endpoint."""
    async with start_bot(answerer, guild_id=None):
        pass
    [put] = fake_discord.calls_to("PUT", GLOBAL_COMMANDS)
    assert [command["name"] for command in put.json] == ["csto"]
    assert not fake_discord.calls_to("PUT", GUILD_COMMANDS)


async def test_sync_can_be_turned_off(start_bot, answerer, fake_discord: FakeDiscord):
    """sync_commands=False neither reads nor uploads commands."""
    async with start_bot(answerer, sync_commands=False):
        pass
    assert not fake_discord.calls_to("PUT", GUILD_COMMANDS)
    assert not fake_discord.calls_to("GET", GUILD_COMMANDS)


async def test_invite_url_is_logged_with_minimal_scopes_and_permissions(
    start_bot, answerer, caplog
):
    """Start-up logs an invite URL: bot + applications.commands, five permissions."""
    caplog.set_level(logging.INFO, logger="bot.adapters.discord")
    async with start_bot(answerer):
        pass
    [url] = [r.getMessage().split()[-1] for r in caplog.records if "Invite" in r.getMessage()]
    query = parse_qs(urlparse(url).query)
    assert query["client_id"] == [str(APP_ID)]
    assert query["scope"] == ["bot applications.commands"]
    # Add Reactions 2^6 (the cooldown's ⏳) + Send Messages 2^11 + Embed Links 2^14
    # + Read Message History 2^16 + Send Messages in Threads 2^38
    assert query["permissions"] == [str(2**6 + 2**11 + 2**14 + 2**16 + 2**38)]


async def test_message_content_intent_is_not_requested_by_default(
    start_bot, answerer, fake_discord: FakeDiscord
):
    """IDENTIFY leaves out the privileged message-content intent unless opted in."""
    async with start_bot(answerer):
        pass
    async with start_bot(answerer, message_content_intent=True):
        pass
    default, opted_in = fake_discord.identifies
    assert not default["intents"] & MESSAGE_CONTENT_INTENT
    assert opted_in["intents"] & MESSAGE_CONTENT_INTENT


async def test_auto_sharding_asks_discord_for_the_shard_count(
    start_bot, answerer, fake_discord: FakeDiscord
):
    """Without SHARD_COUNT the client asks /gateway/bot and identifies as shard 0 of 1."""
    async with start_bot(answerer):
        pass
    assert fake_discord.calls_to("GET", "/gateway/bot")
    assert fake_discord.identifies[0]["shard"] == [0, 1]


async def test_configured_shards_identify_as_given(start_bot, answerer, fake_discord: FakeDiscord):
    """SHARD_COUNT/SHARD_IDS are used as given, and the shard still answers."""
    owner = (GUILD_ID >> 22) % 3
    async with start_bot(answerer, shard_count=3, shard_ids=(owner,)) as bot:
        interaction = await bot.fake.slash("help")
        callback = await bot.fake.wait_for_callback(interaction)
    assert [identify["shard"] for identify in fake_discord.identifies] == [[owner, 3]]
    assert not fake_discord.calls_to("GET", "/gateway/bot")
    assert callback["type"] == 4


async def test_rejected_token_is_a_one_line_start_error(start_bot, answerer):
    """A token Discord rejects raises PlatformStartError with a one-line message."""
    with pytest.raises(PlatformStartError) as raised:
        async with start_bot(answerer, token="not-the-token"):
            pass
    assert "DISCORD_TOKEN" in str(raised.value)
    assert "\n" not in str(raised.value)
    assert raised.value.__cause__ is None
    assert raised.value.__suppress_context__


async def test_missing_token_is_a_one_line_start_error(answerer):
    """An empty token fails before any network call, with a one-line message."""
    with pytest.raises(PlatformStartError, match="DISCORD_TOKEN is not set"):
        await serve_discord(answerer, DiscordConfig(token="  ", guild_id=None), asyncio.Event())


async def test_refused_privileged_intent_is_a_one_line_start_error(
    start_bot, answerer, fake_discord: FakeDiscord
):
    """Gateway close 4014 (intent not enabled in the portal) becomes a one-line error."""
    fake_discord.refuse_identify_with = 4014
    with pytest.raises(PlatformStartError, match="Message Content intent"):
        async with start_bot(answerer, message_content_intent=True):
            pass


async def test_serve_discord_runs_until_stopped_then_closes(answerer, fake_discord: FakeDiscord):
    """serve_discord connects to the gateway and, once stop is set, closes and returns."""
    stop = asyncio.Event()
    config = DiscordConfig(token=TOKEN, guild_id=GUILD_ID)
    task = asyncio.create_task(serve_discord(answerer, config, stop))
    await fake_discord.wait_for_calls("GET", "/gateway/bot")
    await fake_discord.wait_for_identify()
    assert fake_discord.open_sockets == 1
    stop.set()
    assert await asyncio.wait_for(task, timeout=10) is None
    assert fake_discord.open_sockets == 0
