"""Which of two events came first: each dated by its own "when" question, then the two ordered."""

from __future__ import annotations

from bot.core.answering.ordering import Dated, dated, ordered
from bot.core.api import Answer, Context
from bot.core.asking import Asking
from bot.core.loaded import LoadedKnowledge
from bot.core.understanding.order import OrderAsk

# Intents that describe a subject as a whole: a description does not date one event.
_OVERVIEW = ".overview"


def in_order(
    asking: Asking, loaded: LoadedKnowledge, asked: OrderAsk, context: Context
) -> Answer | None:
    """Which of two events came first, each dated by its own "when" question asked alone;
    the second, if not dated so, asked again after the first, on which it may lean ("the
    signing of its agreement")."""
    before = asking.memory.recall(context.conversation)
    first_ask, second_ask = asked.questions()

    def when(ask: str, event: str, scratch: Context) -> Dated:
        answer = asking.one(loaded, ask, scratch)
        if answer.intent.endswith(_OVERVIEW):
            # "When was the peacekeeping force" read as a description: its facts date other
            # things (its size in 2016); asked when it was created instead.
            answer = asking.one(loaded, asked.founding(event), scratch)
            if answer.intent.endswith(_OVERVIEW):
                return Dated(event, answer)
        return dated(event, answer, asked.scope)

    def alone(ask: str, event: str) -> Dated:
        return asking.aside(lambda scratch: when(ask, event, scratch), seed=before)[0]

    def leaning(scratch: Context) -> Dated:
        asking.one(loaded, first_ask, scratch)
        return when(second_ask, asked.second, scratch)

    first = alone(first_ask, asked.first)
    second = alone(second_ask, asked.second)
    if second.date is None:
        second = asking.aside(leaning, seed=before)[0]
    return ordered("", first, second)
