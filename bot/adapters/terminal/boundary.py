"""Where terminal failures meet users: the traceback to the log, a short apology on screen."""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.core.api import Answer, Answerer, Context

log = logging.getLogger("bot.adapters.terminal")

APOLOGY = "Sorry, something went wrong while answering that. It has been logged."


def answer_or_apology(
    answerer: Answerer, question: str, context: Context, render: Callable[[Answer], str]
) -> str:
    """The rendered answer, or the apology when answering or rendering fails (logged)."""
    try:
        return render(answerer.answer(question, context))
    except Exception:  # the boundary: every failure is logged and told, none is shown raw
        log.exception("the terminal failed to answer a question")
        return APOLOGY
