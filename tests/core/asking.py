"""Asking the engine one question, in a conversation of its own, for the core tests."""

from __future__ import annotations

import itertools

from bot.core.api import Answer, Context
from bot.core.engine import Engine

_ALONE = itertools.count()  # each question its own conversation key


def ask(engine: Engine, question: str) -> Answer:
    """One question in a conversation of its own: nothing asked before it is in play."""
    return engine.answer(question, Context(conversation=f"alone-{next(_ALONE)}"))
