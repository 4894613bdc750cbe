"""The Discord client: holds the core, routes slash commands, mentions, DMs and buttons to it."""

from __future__ import annotations

import re
import sys
from typing import Any

import aiohttp
import discord
from discord import app_commands

from bot.adapters.discord.boundary import (
    NO_MENTIONS,
    apologize_message,
    interaction_failed,
    log,
    report,
)
from bot.adapters.discord.buttons import EXPIRED, SuggestionButton
from bot.adapters.discord.choices import ChoiceCache, Choices
from bot.adapters.discord.commands import CstoCommands
from bot.adapters.discord.config import DiscordConfig
from bot.adapters.discord.cooldown import Cooldown, cooldown_notice
from bot.adapters.discord.feedback import FeedbackButton, add_gaps_command
from bot.adapters.discord.invite import invite_url
from bot.adapters.discord.mentions import is_addressed, question_text
from bot.adapters.discord.render import render_answer, render_notice
from bot.adapters.discord.respond import answer_in_time, message_kwargs, rendered, respond
from bot.adapters.discord.sync import sync_commands
from bot.adapters.offload import OffLoopAnswerer
from bot.core.api import Answer, Answerer, Context, SubjectKind

# Seconds discord.py may sleep on a rate limit (its minimum); longer limits raise RateLimited.
MAX_RATE_LIMIT_WAIT = 30.0
# Shown on a mention that came within the cooldown: private, unlike a reply in the channel.
COOLDOWN_REACTION = "⏳"
# Connections kept open to Discord's REST API: a burst reuses them instead of opening (and, on
# discord.com, TLS-handshaking) one per reply, which discord.py's unlimited default does.
REST_CONNECTIONS = 16
# Buttons this bot puts on its messages; a press on anything else is an expired button.
OUR_BUTTONS = (SuggestionButton, FeedbackButton)


def conversation_context(channel_id: int, user_id: int) -> Context:
    """Follow-ups are keyed by channel (or thread) and user, so context never crosses people."""
    return Context(
        conversation=f"discord:{channel_id}:{user_id}", platform="discord", user=str(user_id)
    )


class CstoTree(app_commands.CommandTree["CstoClient"]):
    """The command tree, whose error handler is the slash-command side of the boundary."""

    async def on_error(
        self, interaction: discord.Interaction[CstoClient], error: app_commands.AppCommandError
    ) -> None:
        """Log the real cause and apologize to the user."""
        name = interaction.command.qualified_name if interaction.command else "a command"
        await interaction_failed(f"running /{name}", error, interaction)


class CstoClient(discord.AutoShardedClient):
    """csto-bot on Discord. The Answerer is passed in; sharding is automatic unless configured."""

    def __init__(self, answerer: Answerer, config: DiscordConfig, **options: Any) -> None:
        intents = discord.Intents.default()
        # Mentions and DMs carry their text without it; the privileged intent is opt-in.
        intents.message_content = config.message_content_intent
        if config.shard_ids is not None:
            options["shard_ids"] = list(config.shard_ids)
        # A longer rate limit (the daily command-create limit) raises instead of sleeping.
        options.setdefault("max_ratelimit_timeout", MAX_RATE_LIMIT_WAIT)
        super().__init__(
            intents=intents,
            allowed_mentions=NO_MENTIONS,
            shard_count=config.shard_count,
            **options,
        )
        self._answerer = answerer
        # The core runs on worker threads so acknowledgements keep flowing while it works.
        self._core = OffLoopAnswerer(answerer)
        self._choices = ChoiceCache(self._core)
        self.config = config
        self.cooldown = Cooldown(config.cooldown_seconds)
        # Why Discord's slash commands may not be ours (a sync skipped at start-up), or None.
        self.commands_problem: str | None = None
        self.tree = CstoTree(self)
        commands = CstoCommands(self)
        add_gaps_command(commands)
        self.tree.add_command(commands)

    @property
    def answerer(self) -> Answerer:
        """The core this client asks."""
        return self._answerer

    async def login(self, token: str) -> None:
        """Log in over a bounded, reused pool of REST connections (made here, on the loop)."""
        if not isinstance(self.http.connector, aiohttp.BaseConnector):  # MISSING: not chosen
            # Per host: the gateway's websockets (another host) must not use up the REST pool.
            self.http.connector = aiohttp.TCPConnector(limit=0, limit_per_host=REST_CONNECTIONS)
        await super().login(token)

    async def setup_hook(self) -> None:
        """After login: listen for suggestion buttons, log the invite URL, sync commands."""
        self.add_dynamic_items(SuggestionButton)
        self.add_dynamic_items(FeedbackButton)
        if self.application_id is not None:
            log.info("Invite the bot with: %s", invite_url(self.application_id))
        if self.config.sync_commands:
            self.commands_problem = await sync_commands(
                self.tree, guild_id=self.config.guild_id, force=self.config.force_sync
            )
        try:
            await self._choices.warm()
        except Exception as error:  # autocomplete still computes on demand
            report("preparing autocomplete choices", error)

    async def close(self) -> None:
        """Disconnect, then let the core's worker threads finish."""
        await super().close()
        self._core.close()

    async def choices(self, current: str, kind: SubjectKind | None) -> Choices:
        """Autocomplete choices, cached until the knowledge changes."""
        return await self._choices.choices(current, kind)

    async def on_ready(self) -> None:
        """Say who we are connected as, once the gateway is ready."""
        log.info("Connected to Discord as %s in %d guild(s)", self.user, len(self.guilds))

    async def on_message(self, message: discord.Message) -> None:
        """Answer DMs and mentions; the wrapper is the message side of the error boundary."""
        if self.user is None or message.author.bot or not is_addressed(message, self.user):
            return
        try:
            await self._answer_message(message, self.user)
        except Exception as error:  # the boundary: log it and tell the user
            report("answering a message", error)
            await apologize_message(message)

    async def on_csto_suggestion(
        self, interaction: discord.Interaction[Any], question: str
    ) -> None:
        """A suggestion button was pressed: answer its question for whoever pressed it."""
        # A private offer ("did you mean") is taken up without the cooldown; the buttons under a
        # public answer are anyone's to press, so there they count as questions.
        message = interaction.message
        offered = message is not None and message.flags.ephemeral
        await self.answer_interaction(interaction, question, offered=offered)

    async def on_csto_expired_button(self, interaction: discord.Interaction[Any]) -> None:
        """A button whose question this process no longer holds: say so, privately."""
        await respond(interaction, [render_notice(EXPIRED)], ephemeral=True)

    async def on_interaction(self, interaction: discord.Interaction[Any]) -> None:
        """A press on a button that is not one of ours (an older format) has expired."""
        if interaction.type is not discord.InteractionType.component:
            return
        data: dict[str, Any] = dict(interaction.data or {})
        custom_id = str(data.get("custom_id", ""))
        if not any(_template(button).fullmatch(custom_id) for button in OUR_BUTTONS):
            await self.on_csto_expired_button(interaction)

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        """The event side of the boundary: log the traceback, apologize where we can."""
        error = sys.exc_info()[1] or RuntimeError("unknown error")
        what = f"handling the {event_method} event"
        interaction = next((a for a in args if isinstance(a, discord.Interaction)), None)
        if interaction is not None:
            await interaction_failed(what, error, interaction)
            return
        report(what, error)
        for arg in args:
            if isinstance(arg, discord.Message):
                await apologize_message(arg)

    async def answer_interaction(
        self, interaction: discord.Interaction[Any], question: str, *, offered: bool = False
    ) -> None:
        """Answer a question from a slash command or a button; abstentions only to the asker.

        `offered`: the question is one the bot suggested, so the cooldown does not apply."""
        if not offered and await self._cooling_down(interaction):
            return
        context = self._context(interaction)
        await answer_in_time(
            self._core,
            interaction,
            lambda: self._answerer.answer(question, context),
            self.config.defer_after_seconds,
        )

    async def describe_interaction(
        self, interaction: discord.Interaction[Any], kind: SubjectKind, value: str
    ) -> None:
        """Describe one subject of a kind (a choice or "not found" only to the asker)."""
        if await self._cooling_down(interaction):
            return
        context = self._context(interaction)
        await answer_in_time(
            self._core,
            interaction,
            lambda: self._answerer.describe(kind, value, context),
            self.config.defer_after_seconds,
        )

    async def help_interaction(self, interaction: discord.Interaction[Any]) -> None:
        """Show what the bot can answer, privately."""
        await respond(interaction, render_answer(await self._core.help()), ephemeral=True)

    async def _cooling_down(self, interaction: discord.Interaction[Any]) -> bool:
        """True (and a private notice sent) when the user asked again within the cooldown."""
        wait = self.cooldown.retry_after(interaction.user.id)
        if wait:
            await respond(interaction, [render_notice(cooldown_notice(wait))], ephemeral=True)
        return bool(wait)

    @staticmethod
    def _context(interaction: discord.Interaction[Any]) -> Context:
        channel_id = interaction.channel_id or interaction.user.id
        return conversation_context(channel_id, interaction.user.id)

    async def _answer_message(self, message: discord.Message, me: discord.ClientUser) -> None:
        """Answer a DM or mention in the same channel or thread, as a reply to it."""
        if self.cooldown.retry_after(message.author.id):
            await _react_cooling_down(message)
            return
        question = question_text(message, me)
        context = conversation_context(message.channel.id, message.author.id)

        def compute() -> Answer:
            return self._answerer.answer(question, context) if question else self._answerer.help()

        _, replies = await self._core.run(lambda: rendered(compute()))
        reference = message.to_reference(fail_if_not_exists=False)
        for index, reply in enumerate(replies):
            kwargs = message_kwargs(reply)
            if index == 0:
                kwargs["reference"] = reference
            await message.channel.send(**kwargs)


async def _react_cooling_down(message: discord.Message) -> None:
    """Mark a too-soon mention with a reaction: only the asker notices, nobody is pinged."""
    try:
        await message.add_reaction(COOLDOWN_REACTION)
    except discord.HTTPException:  # no permission, or the message is gone: stay silent
        log.info(
            "Cannot react in channel %s (no Add Reactions, or message gone)", message.channel.id
        )


def _template(button: type[discord.ui.DynamicItem[Any]]) -> re.Pattern[str]:
    """The custom_id pattern a dynamic button class was declared with."""
    return button.__discord_ui_compiled_template__
