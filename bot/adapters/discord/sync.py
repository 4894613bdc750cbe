"""Upload the slash commands: to one guild (instant, for development) or globally."""

from __future__ import annotations

import datetime as dt
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
) -> str | None:
    """Sync the tree when Discord's copy differs (or when forced).

    Returns None when Discord has our commands, else why not, in a few words for health: the bot
    keeps serving with the commands Discord already has. PlatformStartError when Discord refuses
    them for good (403, 400).
    """
    guild = discord.Object(guild_id) if guild_id is not None else None
    if guild is not None:
        tree.copy_global_to(guild=guild)
    where = f"guild {guild_id}" if guild_id is not None else "all guilds (global)"
    try:
        await _sync(tree, guild, where, force=force)
    except discord.RateLimited as error:
        until = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=error.retry_after)
        stamp = until.strftime("%Y-%m-%d %H:%M UTC")
        log.warning(
            "Slash commands not synced to %s: Discord's rate limit blocks uploads for %s (until "
            "%s; one this long is usually the limit of 200 command creations a day); serving "
            "with the commands Discord already has. The next start after then syncs them.",
            where,
            _duration(error.retry_after),
            stamp,
        )
        return f"commands not synced: rate limited until {stamp}"
    except discord.DiscordServerError as error:
        log.warning(
            "Slash commands not synced to %s: Discord failed (%d %s); serving with the commands "
            "Discord already has. The next start tries again.",
            where,
            error.status,
            _one_line(error.text),
        )
        return f"commands not synced: Discord error {error.status}"
    except discord.Forbidden as error:
        raise PlatformStartError(
            f"Discord refused the command sync for {where} ({error.status} {error.text}); "
            "is the bot invited there with the applications.commands scope?"
        ) from None
    except discord.HTTPException as error:
        raise PlatformStartError(
            f"Discord rejected the slash commands for {where} ({error.status}: "
            f"{_one_line(error.text)}); the commands it had are unchanged and may not match "
            "this version: fix the command definitions and start again."
        ) from None
    return None


async def _sync(
    tree: app_commands.CommandTree[Any], guild: discord.Object | None, where: str, *, force: bool
) -> None:
    """Upload the commands unless Discord's copy already matches them."""
    if not force:
        remote = await _discords_copy(tree, guild.id if guild is not None else None)
        local = await _our_payload(tree, guild)
        scope = guild is None
        if command_set(local, global_scope=scope) == command_set(remote, global_scope=scope):
            log.info("Slash commands for %s are up to date; not syncing", where)
            return
    synced = await tree.sync(guild=guild)
    log.info("Synced %d slash command(s) to %s", len(synced), where)


def _duration(seconds: float) -> str:
    """'23 h 59 min', '5 min', '40 s': how long a rate limit lasts, for a log line."""
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min" if minutes else f"{secs} s"


def _one_line(text: str) -> str:
    """discord.py puts each field error of a 400 on a line of its own."""
    return "; ".join(line.strip() for line in text.splitlines() if line.strip())


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
