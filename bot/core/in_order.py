"""Which of two events came first: each dated by its own "when" question, then the two ordered."""

from __future__ import annotations

from dataclasses import replace

from bot.core.answering.ordering import Dated, dated, ordered
from bot.core.api import Answer, Context
from bot.core.asking import Asking
from bot.core.language.normalize import tokens
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
        # "Belorussia joining": the fact says "Belarus", so the event is met by the state's name.
        return replace(dated(_states_by_name(loaded, event), answer, asked.scope), event=event)

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


def _states_by_name(loaded: LoadedKnowledge, event: str) -> str:
    """The event's words with each state it names by another spelling ("Belorussia",
    "Kirgizia") in the words of that state's name."""
    catalog = loaded.catalog
    reading = loaded.linker.read(event)
    words = list(reading.corrected)
    for mention in sorted(reading.mentions, key=lambda m: m.start, reverse=True):
        if catalog.kinds.get(mention.entity_id) == "country":
            words[mention.start : mention.end] = tokens(catalog.name(mention.entity_id))
    return " ".join(words)
