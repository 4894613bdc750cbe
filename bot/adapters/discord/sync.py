"""Upload the slash commands: to one guild (instant, for development) or globally."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands
from discord.http import Route

from bot.adapters.discord.command_shape import Payload, command_set
from bot.runtime.errors import PlatformStartError

log = logging.getLogger("bot.adapters.discord")


async def sync_commands(
    tree: app_commands.CommandTree[Any], *, guild_id: int | None, force: bool
) -> bool:
    """Sync the tree when Discord's copy differs (or when forced); True if it uploaded."""
    guild = discord.Object(guild_id) if guild_id is not None else None
    if guild is not None:
        tree.copy_global_to(guild=guild)
    where = f"guild {guild_id}" if guild_id is not None else "all guilds (global)"
    try:
        if not force:
            remote = await _discords_copy(tree, guild_id)
            local = await _our_payload(tree, guild)
            scope = guild_id is None
            if command_set(local, global_scope=scope) == command_set(remote, global_scope=scope):
                log.info("Slash commands for %s are up to date; not syncing", where)
                return False
        synced = await tree.sync(guild=guild)
    except discord.Forbidden as error:
        raise PlatformStartError(
            f"Discord refused the command sync for {where} ({error.status} {error.text}); "
            "is the bot invited there with the applications.commands scope?"
        ) from None
    log.info("Synced %d slash command(s) to %s", len(synced), where)
    return True


async def _our_payload(
    tree: app_commands.CommandTree[Any], guild: discord.Object | None
) -> list[Payload]:
    """The commands exactly as tree.sync() would upload them, translations included."""
    commands = tree.get_commands(guild=guild)
    translator = tree.translator
    if translator is not None:
        return [await command.get_translated_payload(tree, translator) for command in commands]
    return [command.to_dict(tree) for command in commands]


async def _discords_copy(
    tree: app_commands.CommandTree[Any], guild_id: int | None
) -> list[Payload]:
    """Discord's stored commands as raw JSON, localization dictionaries included.

    tree.fetch_commands() drops nsfw and permissions and never asks for localizations, so a
    change to those would never be seen.
    """
    path = "/applications/{application_id}/commands"
    params: dict[str, Any] = {"application_id": tree.client.application_id}
    if guild_id is not None:
        path = "/applications/{application_id}/guilds/{guild_id}/commands"
        params["guild_id"] = guild_id
    route = Route("GET", path, **params)
    data = await tree.client.http.request(route, params={"with_localizations": "true"})
    return list(data)
