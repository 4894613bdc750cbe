"""Autocomplete choices, computed off the event loop and kept per (kind, text) until the
knowledge changes: typing sends a request per keystroke, and the same prefixes recur."""

from __future__ import annotations

from collections import OrderedDict
from typing import Protocol

from discord import app_commands

from bot.adapters.discord.split import fit
from bot.core.api import Completion, SubjectKind

CHOICE_LIMIT = 25  # Discord shows at most 25 autocomplete choices
CHOICE_TEXT_LIMIT = 100  # ... each with a name and a string value of at most 100 characters
CACHE_SIZE = 4096  # distinct (kind, text) pairs kept; each is at most 25 short choices
# What is worth having ready before anyone types: the empty field of each command.
WARM_KINDS: tuple[SubjectKind | None, ...] = (None, "country", "summit", "conflict", "exercise")

Choices = list[app_commands.Choice[str]]


class Completer(Protocol):
    """The part of the off-loop core that autocomplete uses."""

    async def complete(
        self, text: str, kind: SubjectKind | None = None, limit: int = 25
    ) -> list[Completion]:
        """Completions for partly typed text."""
        ...

    @property
    def knowledge_version(self) -> str:
        """The knowledge being served; choices are kept only while it stays the same."""
        ...


def to_choices(completions: list[Completion]) -> Choices:
    """Completions as Discord choices: at most 25, unique, each within 100 characters."""
    choices: Choices = []
    seen: set[str] = set()
    for completion in completions:
        value = completion.value.strip()
        # A value cut short would submit a different question, so long ones are left out.
        if not value or len(value) > CHOICE_TEXT_LIMIT or value in seen:
            continue
        seen.add(value)
        name = fit(completion.label.strip() or value, CHOICE_TEXT_LIMIT)
        choices.append(app_commands.Choice(name=name, value=value))
        if len(choices) == CHOICE_LIMIT:
            break
    return choices


class ChoiceCache:
    """Choices by (kind, text), least recently used dropped first, cleared on a new version."""

    def __init__(self, completer: Completer, size: int = CACHE_SIZE) -> None:
        self._completer = completer
        self._size = size
        self._version = completer.knowledge_version
        self._cached: OrderedDict[tuple[SubjectKind | None, str], Choices] = OrderedDict()

    async def choices(self, text: str, kind: SubjectKind | None) -> Choices:
        """The choices for `text` typed into a field of `kind` (None: a free question)."""
        version = self._completer.knowledge_version
        if version != self._version:  # knowledge was reloaded: old choices may be wrong
            self._cached.clear()
            self._version = version
        key = (kind, text)
        cached = self._cached.get(key)
        if cached is not None:
            self._cached.move_to_end(key)
            return cached
        choices = to_choices(await self._completer.complete(text, kind, CHOICE_LIMIT))
        if version == self._completer.knowledge_version:  # not computed across a reload
            self._cached[key] = choices
            if len(self._cached) > self._size:
                self._cached.popitem(last=False)
        return choices

    async def warm(self) -> None:
        """Compute the choices for each empty field before the first keystroke."""
        for kind in WARM_KINDS:
            await self.choices("", kind)
