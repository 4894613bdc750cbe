"""The one place where failures meet users: full traceback to the log, short apology to them."""

from __future__ import annotations

import logging
from typing import Any

import aiohttp
import discord

log = logging.getLogger("bot.adapters.discord")

UNKNOWN_INTERACTION = 10062  # Discord's code once an interaction's token has expired
APOLOGY = "Sorry — something went wrong on my side and I couldn't answer. It has been logged."
NO_MENTIONS = discord.AllowedMentions.none()


def report(what: str, error: BaseException) -> None:
    """Log a failure with its traceback under the adapter's logger."""
    log.error("Failed while %s", what, exc_info=(type(error), error, error.__traceback__))


def expired_interaction(error: BaseException) -> bool:
    """True when Discord refused a reply because the interaction's token had expired."""
    cause = getattr(error, "original", error)
    return isinstance(cause, discord.NotFound) and cause.code == UNKNOWN_INTERACTION


async def interaction_failed(
    what: str, error: BaseException, interaction: discord.Interaction[Any]
) -> None:
    """Log and apologize; an expired interaction is one warning, since no reply can reach it."""
    if expired_interaction(error):
        log.warning(
            "Interaction %s expired before the reply while %s (10062 Unknown interaction)",
            interaction.id,
            what,
        )
        return
    report(what, getattr(error, "original", error))
    await apologize_interaction(interaction)


async def apologize_interaction(interaction: discord.Interaction[Any]) -> None:
    """Tell the user (privately) that their request failed; never raises."""
    try:
        if interaction.type is discord.InteractionType.autocomplete:
            return  # autocomplete has no message to show; an empty list is all Discord takes
        if interaction.response.is_done():
            await interaction.followup.send(APOLOGY, ephemeral=True, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.send_message(
                APOLOGY, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
    except (discord.DiscordException, aiohttp.ClientError, RuntimeError) as error:
        # RuntimeError: the HTTP session closed under an answer that finished during shutdown.
        report("apologizing for a failed interaction", error)


async def apologize_message(message: discord.Message) -> None:
    """Reply to a message whose answer failed; never raises."""
    try:
        await message.channel.send(
            APOLOGY,
            reference=message.to_reference(fail_if_not_exists=False),
            allowed_mentions=NO_MENTIONS,
        )
    except discord.DiscordException as error:
        report("apologizing for a failed message", error)
