"""The answer to a state's signing of the agreement in play: its facts about it, by date."""

from __future__ import annotations

from bot.core.answering import confidence as score
from bot.core.answering.respond import Request
from bot.core.api import Answer
from bot.core.understanding.signing import signing_facts


def signing_answer(request: Request) -> Answer | None:
    """The one state's facts about the thing in play that say it signed, joined or did not,
    earliest first ("at first did not sign", then "joined on 20 October")."""
    signed = request.understanding.signed
    if signed is None:
        return None
    state = request.understanding.subjects[0]
    facts = signing_facts(request.catalog, state, signed)
    if not facts:
        return None
    builder = request.builder()
    for item in facts:
        builder.add(item)
    return builder.build(confidence=score.FOLLOW_UP)
