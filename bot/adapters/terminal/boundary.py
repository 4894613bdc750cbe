"""Where terminal failures meet users: the traceback to the log, a short apology on screen."""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.core.api import Answer, Answerer, Context

log = logging.getLogger("bot.adapters.terminal")

APOLOGY = "Sorry, something went wrong while answering that. It has been logged."


def answer_or_apology(
    answerer: Answerer, question: str, context: Context, render: Callable[[Answer], str]
) -> tuple[Answer | None, str]:
    """The answer and its rendering, or (None, the apology) when either fails (logged)."""
    try:
        answer = answerer.answer(question, context)
        return answer, render(answer)
    except Exception:  # the boundary: every failure is logged and told, none is shown raw
        log.exception("the terminal failed to answer a question")
        return None, APOLOGY
