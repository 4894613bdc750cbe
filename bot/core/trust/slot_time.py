"""Asked who, an answer that says only when: "who ran the CSTO troops in Kazakhstan in 2022" is
not answered by the deployment's dates. The slot asked is a person (or a state); a record of an
event's or a body's time fills none, so the facts that may name one are searched instead."""

from __future__ import annotations

from bot.core.answering.check import Relation, asked
from bot.core.answering.respond import Request
from bot.core.api import Answer
from bot.core.understanding.intent import Intent

# Records that say when something happened, began or was founded, and nothing of who did it.
_TIME_ONLY = frozenset(
    {
        Intent.CONFLICT_WHEN,
        Intent.CONFLICT_YEAR,
        Intent.EXERCISE_WHEN,
        Intent.ORG_YEAR,
        Intent.ORG_FOUNDED,
        Intent.BODY_FOUNDED,
    }
)
_WHO = frozenset({Relation.WHO, Relation.PERSON})


def time_given_for_who(request: Request, answer: Answer) -> bool:
    """The question asks who, and the answer is a record of when only."""
    if answer.intent not in _TIME_ONLY:
        return False
    return asked(request.reading.corrected, []).relation in _WHO
