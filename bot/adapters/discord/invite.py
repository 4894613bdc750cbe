"""The invite URL the bot logs at start-up: minimal scopes and permissions."""

from __future__ import annotations

import discord

SCOPES = ("bot", "applications.commands")


def minimal_permissions() -> discord.Permissions:
    """What the bot needs to answer: send (also in threads), embed links, history, reactions.

    Reactions: the ⏳ on a mention that came within the cooldown."""
    return discord.Permissions(
        add_reactions=True,
        send_messages=True,
        send_messages_in_threads=True,
        embed_links=True,
        read_message_history=True,
    )


def invite_url(application_id: int) -> str:
    """An OAuth2 URL that adds the bot with its commands and minimal permissions."""
    return discord.utils.oauth_url(application_id, permissions=minimal_permissions(), scopes=SCOPES)
