"""Run the Discord client until asked to stop; start-up problems become one-line errors."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import discord

from bot.adapters.discord.boundary import log
from bot.adapters.discord.client import CstoClient
from bot.adapters.discord.config import DiscordConfig
from bot.core.api import Answerer
from bot.runtime.errors import PlatformStartError


def _unheard(_: str) -> None:
    """The default listener for notes: nobody reports health (tests, a bare client)."""


async def serve_discord(
    answerer: Answerer,
    config: DiscordConfig,
    stop: asyncio.Event,
    note: Callable[[str], None] = _unheard,
) -> None:
    """Log in, serve until `stop` is set, then close cleanly; PlatformStartError if it can't.

    `note` hears a caveat the bot serves with (its slash commands not synced), for health.
    """
    await run_client(CstoClient(answerer, config), config.token, stop, note)


async def run_client(
    client: CstoClient, token: str, stop: asyncio.Event, note: Callable[[str], None] = _unheard
) -> None:
    """Drive an already built client (tests pass client options) through its whole life."""
    if not token.strip():
        raise PlatformStartError(
            "DISCORD_TOKEN is not set: add the bot token from the Discord developer portal."
        )
    async with client:
        try:
            await client.login(token.strip())
        except discord.LoginFailure:
            raise PlatformStartError(
                "Discord rejected DISCORD_TOKEN (401 Unauthorized): reset the token in the "
                "developer portal and update it."
            ) from None
        if client.commands_problem is not None:  # login ran setup_hook, and with it the sync
            note(client.commands_problem)
        await _serve(client, stop)
    log.info("Discord client closed")


async def _serve(client: CstoClient, stop: asyncio.Event) -> None:
    """Keep the gateway connected until `stop` is set or the connection ends for good."""
    connection = asyncio.create_task(client.connect(), name="discord-gateway")
    stopping = asyncio.create_task(stop.wait(), name="discord-stop")
    try:
        await asyncio.wait({connection, stopping}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopping.cancel()
        await client.close()
        error = await _outcome(connection)
    if isinstance(error, discord.PrivilegedIntentsRequired):
        raise PlatformStartError(
            "Discord refused the Message Content intent: enable it for the bot in the developer "
            "portal, or set DISCORD_MESSAGE_CONTENT=false."
        ) from None
    if error is not None:
        raise error


async def _outcome(task: asyncio.Task[None]) -> BaseException | None:
    """Wait for the gateway task to end (cancelling it if it lingers); its exception, if any."""
    try:
        await asyncio.wait_for(task, timeout=5.0)
    except (asyncio.CancelledError, TimeoutError):
        return None
    except Exception as error:  # returned to the caller to translate
        return error
    return None
