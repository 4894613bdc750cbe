"""Upload the slash commands: to one guild (instant, for development) or globally."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

from bot.runtime.errors import PlatformStartError

log = logging.getLogger("bot.adapters.discord")

# The keys that define a command's shape; Discord adds ids, versions and defaults around them.
_SHAPE_KEYS = ("name", "description", "type", "required", "autocomplete", "choices")


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
            remote = [command.to_dict() for command in await tree.fetch_commands(guild=guild)]
            local = [command.to_dict(tree) for command in tree.get_commands(guild=guild)]
            if _shape(local) == _shape(remote):
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


def _shape(commands: list[Any]) -> list[dict[str, Any]]:
    """Commands reduced to what users see, in a stable order, for comparison."""
    return sorted((_option_shape(command) for command in commands), key=lambda c: c["name"])


def _option_shape(option: dict[str, Any]) -> dict[str, Any]:
    shape = {key: option.get(key) for key in _SHAPE_KEYS}
    shape["type"] = option.get("type") or 1
    shape["required"] = bool(option.get("required"))
    shape["autocomplete"] = bool(option.get("autocomplete"))
    shape["choices"] = option.get("choices") or []
    shape["options"] = [_option_shape(child) for child in option.get("options") or []]
    return shape
