"""Which messages are addressed to the bot, and the question they carry."""

from __future__ import annotations

import re

import discord


def is_addressed(message: discord.Message, me: discord.abc.Snowflake) -> bool:
    """True for a DM or a message that mentions the bot by name (not @everyone or a role)."""
    if message.guild is None:
        return True
    return any(user.id == me.id for user in message.mentions)


def question_text(message: discord.Message, me: discord.abc.Snowflake) -> str:
    """The message content without the bot's own mention markup (<@id> or <@!id>)."""
    text = re.sub(rf"<@!?{me.id}>", " ", message.content)
    return " ".join(text.split())
