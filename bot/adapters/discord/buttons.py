"""Suggestion buttons: a short hashed custom_id keys the full suggested question in memory.

A custom_id holds at most 100 characters, so it never carries the question: two long
suggestions cut to fit would collide (Discord refuses the message) or ask the cut text. A press
whose key this process no longer holds (evicted, expired, or sent by an earlier run) is told
the button has expired rather than dropped.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any, Self

import discord

from bot.adapters.discord.split import fit
from bot.adapters.expiring import ExpiringMap

PREFIX = "csto:q:"
KEY_HEX = 16
CUSTOM_ID_LIMIT = 100  # Discord's limit on a component's custom_id
LABEL_LIMIT = 80  # Discord's limit on a button label
BUTTONS_PER_ROW = 5
# Long enough for anyone reading the suggestions; bounded so memory stays small.
SUGGESTION_TTL_SECONDS = 24 * 3600
SUGGESTION_CAPACITY = 10_000
EXPIRED = "This button has expired — please ask your question again."
# The events a pressed button raises on the client; the client's listeners answer them.
SUGGESTION_EVENT = "csto_suggestion"
EXPIRED_EVENT = "csto_expired_button"

# Suggested questions by key, for this process's life (buttons are not worth a database).
suggestions: ExpiringMap[str] = ExpiringMap(SUGGESTION_TTL_SECONDS, SUGGESTION_CAPACITY)


def suggestion_key(question: str) -> str:
    """A short stable key for a question (the same question gets the same key)."""
    return hashlib.blake2b(question.encode(), digest_size=KEY_HEX // 2).hexdigest()


class SuggestionButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=re.compile(re.escape(PREFIX) + rf"(?P<key>[0-9a-f]{{{KEY_HEX}}})"),
):
    """A button that asks the suggestion stored under `key`; None when it has expired."""

    def __init__(self, key: str, question: str | None, label: str = "") -> None:
        super().__init__(
            discord.ui.Button(
                label=fit(label or question or "?", LABEL_LIMIT),
                style=discord.ButtonStyle.secondary,
                custom_id=PREFIX + key,
            )
        )
        self.question = question

    @classmethod
    def offering(cls, question: str) -> SuggestionButton:
        """A new button for `question`, remembered so a press can ask it in full."""
        key = suggestion_key(question)
        suggestions.put(key, question)
        return cls(key, question)

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> Self:
        """Rebuild the button from a pressed component's custom_id and the stored question."""
        return cls(match["key"], suggestions.get(match["key"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Hand the press to the client, whose event error boundary covers it."""
        if self.question is None:
            interaction.client.dispatch(EXPIRED_EVENT, interaction)
        else:
            interaction.client.dispatch(SUGGESTION_EVENT, interaction, self.question)


def suggestion_view(offered: tuple[str, ...]) -> discord.ui.View | None:
    """A view with one button per distinct suggestion (none when there are no suggestions)."""
    questions = list(dict.fromkeys(offered))[:BUTTONS_PER_ROW]  # one action row
    if not questions:
        return None
    view = discord.ui.View(timeout=None)
    for question in questions:
        view.add_item(SuggestionButton.offering(question))
    return view
