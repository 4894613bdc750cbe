"""Suggestion buttons whose custom_id carries the question, so they work across restarts."""

from __future__ import annotations

import re
from typing import Any, Self

import discord

from bot.adapters.discord.split import fit

PREFIX = "csto:ask:"
CUSTOM_ID_LIMIT = 100  # Discord's limit on a component's custom_id
LABEL_LIMIT = 80  # Discord's limit on a button label
# The event a pressed suggestion raises on the client; the client's listener answers it.
SUGGESTION_EVENT = "csto_suggestion"


class SuggestionButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=re.compile(re.escape(PREFIX) + r"(?P<question>.+)", re.DOTALL),
):
    """A button that asks `question` when pressed; the question lives in its custom_id."""

    def __init__(self, question: str) -> None:
        # A question longer than the custom_id allows is asked in its shortened form.
        question = fit(question, CUSTOM_ID_LIMIT - len(PREFIX), marker="")
        super().__init__(
            discord.ui.Button(
                label=fit(question, LABEL_LIMIT),
                style=discord.ButtonStyle.secondary,
                custom_id=PREFIX + question,
            )
        )
        self.question = question

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> Self:
        """Rebuild the button from a pressed component's custom_id."""
        return cls(match["question"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Hand the press to the client, whose event error boundary covers it."""
        interaction.client.dispatch(SUGGESTION_EVENT, interaction, self.question)


def suggestion_view(suggestions: tuple[str, ...]) -> discord.ui.View | None:
    """A view with one button per suggestion (none when there are no suggestions)."""
    if not suggestions:
        return None
    view = discord.ui.View(timeout=None)
    for suggestion in suggestions[:5]:  # five buttons fill one action row
        view.add_item(SuggestionButton(suggestion))
    return view
