"""The engine's own ways of answering, lent to the steps that ask it again (claims, parts)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from itertools import count
from typing import TypeVar

from bot.core.answering.respond import Request
from bot.core.api import Answer, Context
from bot.core.loaded import LoadedKnowledge
from bot.core.understanding.memory import ConversationMemory, Topic

MAX_QUESTION_CHARS = 2_000  # a question is read up to here
# Conversations of the parts of one question ("who heads it and whom did he replace"): the
# prefix cannot be a platform's key, and the count keeps concurrent questions apart.
_SCRATCH = "\x00parts:"
_SCRATCH_COUNT = count()
_Result = TypeVar("_Result")


@dataclass(frozen=True, slots=True)
class Asking:
    """What a step that asks the engine again may use: its memory, its clock, its answers."""

    memory: ConversationMemory
    today: Callable[[], dt.date]
    # A question as a whole: its order, its parts, its claims.
    whole: Callable[[LoadedKnowledge, str, Context], Answer]
    # One ask by the engine's normal path.
    one: Callable[[LoadedKnowledge, str, Context], Answer]
    dispatch: Callable[[LoadedKnowledge, Request], Answer | None]
    # No answer to a question understood ("I couldn't find a fact ...").
    declined: Callable[[LoadedKnowledge, str], Answer]

    def aside(
        self, ask: Callable[[Context], _Result], seed: Topic | None = None
    ) -> tuple[_Result, Topic | None]:
        """`ask` run in a scratch conversation, forgotten after: its result, and what that
        conversation was then about (for the caller to keep if it takes the answer). `seed`:
        what the scratch conversation starts out about (the user's topic in play)."""
        scratch = Context(conversation=f"{_SCRATCH}{next(_SCRATCH_COUNT)}")
        if seed is not None:
            self.memory.remember(scratch.conversation, seed)
        try:
            return ask(scratch), self.memory.recall(scratch.conversation)
        finally:
            self.memory.forget(scratch.conversation)
