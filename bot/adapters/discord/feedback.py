"""👍 / 👎 under Discord answers, the "what was wrong?" form, and /csto gaps for admins.

The buttons' custom_ids carry the answer's log id ("fb:up:<id>"), so they work after a restart.
Feedback is never rate-limited like a question and every reply is private and pings nobody.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
from typing import Any, Literal, Self

import discord
from discord import app_commands

from bot.adapters.discord.boundary import NO_MENTIONS, interaction_failed
from bot.adapters.discord.render import CONTENT_LIMIT, Reply
from bot.core.api import Answer
from bot.questionlog.answer import answer_id_of
from bot.questionlog.log import QuestionLog, question_log_of

Vote = Literal["up", "down"]
FEEDBACK_ROW = 4  # the last action row, clear of the suggestion buttons
COMMENT_LIMIT = 500
THANKS = "Thanks for the feedback."
THANKS_FOR_DETAIL = "Thanks — the editors of the fact base will look at it."
NOT_ADMIN = "Sorry, only members with the Manage Server permission can see the question gaps."
LOG_OFF = "The question log is turned off on this bot, so there is nothing to show."
_EMOJI: dict[Vote, str] = {"up": "👍", "down": "👎"}


def _log_of(interaction: discord.Interaction[Any]) -> QuestionLog | None:
    return question_log_of(getattr(interaction.client, "answerer", None))


async def _thank(interaction: discord.Interaction[Any], text: str) -> None:
    await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


class FeedbackButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=re.compile(r"fb:(?P<vote>up|down):(?P<answer_id>[0-9a-f]{16})"),
):
    """👍 or 👎 on one logged answer."""

    def __init__(self, vote: Vote, answer_id: str) -> None:
        super().__init__(
            discord.ui.Button(
                emoji=_EMOJI[vote],
                style=discord.ButtonStyle.secondary,
                custom_id=f"fb:{vote}:{answer_id}",
                row=FEEDBACK_ROW,
            )
        )
        self.vote: Vote = vote
        self.answer_id = answer_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> Self:
        """Rebuild the button from a pressed component's custom_id."""
        return cls("up" if match["vote"] == "up" else "down", match["answer_id"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """👍 is recorded at once; 👎 first asks what was wrong."""
        try:
            log = _log_of(interaction)
            if self.vote == "down":
                await interaction.response.send_modal(WhatWasWrong(self.answer_id, log))
                return
            if log is not None:
                log.record_feedback(self.answer_id, True, None, "discord", str(interaction.user.id))
            await _thank(interaction, THANKS)
        except Exception as error:  # the boundary for feedback buttons
            await interaction_failed("recording feedback", error, interaction)


class WhatWasWrong(discord.ui.Modal, title="What was wrong with the answer?"):
    """The 👎 form: one optional paragraph."""

    comment: discord.ui.TextInput[WhatWasWrong] = discord.ui.TextInput(
        label="What was wrong? (optional)",
        style=discord.TextStyle.paragraph,
        required=False,
        max_length=COMMENT_LIMIT,
        custom_id="fb:text",
    )

    def __init__(self, answer_id: str, log: QuestionLog | None) -> None:
        super().__init__(custom_id=f"fb:why:{answer_id}", timeout=900)
        self.answer_id = answer_id
        self.log = log

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        """Store the 👎 with the text, and thank the user privately."""
        if self.log is not None:
            user = str(interaction.user.id)
            self.log.record_feedback(self.answer_id, False, self.comment.value, "discord", user)
        await _thank(interaction, THANKS_FOR_DETAIL)

    # discord.py's stubs give Modal.on_error View's signature; at run time it has no item.
    async def on_error(self, interaction: discord.Interaction[Any], error: Exception, /) -> None:  # type: ignore[override]
        """Log the cause and apologize."""
        await interaction_failed("recording feedback from the form", error, interaction)


def with_feedback(replies: list[Reply], answer: Answer) -> list[Reply]:
    """Add 👍 / 👎 to the last message of a logged, answered answer."""
    answer_id = answer_id_of(answer)
    if answer_id is None or not answer.answered or not replies:
        return replies
    last = replies[-1]
    view = last.view or discord.ui.View(timeout=None)
    view.add_item(FeedbackButton("up", answer_id))
    view.add_item(FeedbackButton("down", answer_id))
    return [*replies[:-1], dataclasses.replace(last, view=view)]


def is_admin(interaction: discord.Interaction[Any]) -> bool:
    """Whether the member may manage the server, checked on the interaction itself.

    A subcommand cannot carry its own default permissions, and server admins can override those.
    """
    return interaction.guild_id is not None and interaction.permissions.manage_guild


async def _gaps(interaction: discord.Interaction[Any]) -> None:
    """Admins: the questions people asked that the bot could not answer."""
    if not is_admin(interaction):
        await _thank(interaction, NOT_ADMIN)
        return
    log = _log_of(interaction)
    if log is None:
        await _thank(interaction, LOG_OFF)
        return
    await interaction.response.defer(ephemeral=True, thinking=True)
    summary = await asyncio.to_thread(log.summary, CONTENT_LIMIT - 100)
    text = discord.utils.escape_mentions(discord.utils.escape_markdown(summary))
    await interaction.followup.send(
        text[:CONTENT_LIMIT], ephemeral=True, allowed_mentions=NO_MENTIONS
    )


def add_gaps_command(group: app_commands.Group) -> None:
    """Add /csto gaps to the command group."""
    group.add_command(
        app_commands.Command(
            name="gaps",
            description="Admins: what people asked that the bot could not answer",
            callback=_gaps,
        )
    )
