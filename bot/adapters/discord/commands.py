"""The /csto slash command group: ask, member, summit, conflict, exercise, help; autocomplete.

`ask` takes a free question; member, summit, conflict and exercise take one subject of their kind,
which the core looks up by name, alias, year or place (never re-read as an English question).
"""

from __future__ import annotations

from typing import Any, Protocol

import discord
from discord import app_commands

from bot.adapters.discord.boundary import report
from bot.adapters.discord.choices import Choices
from bot.core.api import SubjectKind

Interaction = discord.Interaction[Any]


class CommandHandler(Protocol):
    """What the command group needs from the client that holds it."""

    async def choices(self, current: str, kind: SubjectKind | None) -> Choices:
        """Autocomplete choices for `current` typed into a field of `kind`."""
        ...

    async def answer_interaction(self, interaction: Interaction, question: str) -> None:
        """Answer `question` as the response to `interaction`."""
        ...

    async def describe_interaction(
        self, interaction: Interaction, kind: SubjectKind, value: str
    ) -> None:
        """Describe the subject of `kind` that `value` names as the response to `interaction`."""
        ...

    async def help_interaction(self, interaction: Interaction) -> None:
        """Show what the bot can answer as the response to `interaction`."""
        ...


class CstoCommands(app_commands.Group):
    """The /csto group; every subcommand turns into one question for the core."""

    def __init__(self, handler: CommandHandler) -> None:
        super().__init__(name="csto", description="Sourced, dated answers about the CSTO")
        self.handler = handler

    async def _complete(self, current: str, kind: SubjectKind | None) -> Choices:
        # discord.py would only log an autocomplete failure; ours go through the boundary.
        try:
            return await self.handler.choices(current, kind)
        except Exception as error:  # the boundary: log it; no choices is all Discord can show
            report(f"completing {kind or 'a question'} for {current!r}", error)
            return []

    @app_commands.command(name="ask")
    @app_commands.describe(question="Your question, e.g. When did Azerbaijan leave the CSTO?")
    async def ask(
        self, interaction: Interaction, question: app_commands.Range[str, 1, 300]
    ) -> None:
        """Ask any question about the CSTO."""
        await self.handler.answer_interaction(interaction, question)

    @ask.autocomplete("question")
    async def _ask_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._complete(current, None)

    @app_commands.command(name="member")
    @app_commands.describe(country="A member, former member or partner state")
    async def member(
        self, interaction: Interaction, country: app_commands.Range[str, 1, 100]
    ) -> None:
        """A country's membership in the CSTO, with its timeline."""
        await self.handler.describe_interaction(interaction, "country", country)

    @member.autocomplete("country")
    async def _member_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._complete(current, "country")

    @app_commands.command(name="summit")
    @app_commands.describe(which="A summit, by year or city")
    async def summit(
        self, interaction: Interaction, which: app_commands.Range[str, 1, 100]
    ) -> None:
        """What happened at a CSTO summit."""
        await self.handler.describe_interaction(interaction, "summit", which)

    @summit.autocomplete("which")
    async def _summit_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._complete(current, "summit")

    @app_commands.command(name="conflict")
    @app_commands.describe(name="A conflict, crisis or operation")
    async def conflict(
        self, interaction: Interaction, name: app_commands.Range[str, 1, 100]
    ) -> None:
        """The CSTO's role in a conflict, crisis or operation."""
        await self.handler.describe_interaction(interaction, "conflict", name)

    @conflict.autocomplete("name")
    async def _conflict_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._complete(current, "conflict")

    @app_commands.command(name="exercise")
    @app_commands.describe(which="An exercise, by name, year or place")
    async def exercise(
        self, interaction: Interaction, which: app_commands.Range[str, 1, 100]
    ) -> None:
        """A military exercise: when, where, who took part."""
        await self.handler.describe_interaction(interaction, "exercise", which)

    @exercise.autocomplete("which")
    async def _exercise_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._complete(current, "exercise")

    @app_commands.command(name="help")
    async def help(self, interaction: Interaction) -> None:
        """What the bot can answer, with examples."""
        await self.handler.help_interaction(interaction)
