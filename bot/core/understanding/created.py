"""'When did the CSC decide to create the Joint Staff': the body created, not its creator.

A question may name two bodies around a verb of founding: the one before it acts (the council
that decided), the one after it is what was founded, and its founding is what is asked.
"""

from __future__ import annotations

from itertools import pairwise

from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Reading

_FOUNDING = LEXICON.words("founded")


def created_first(reading: Reading, bodies: list[str]) -> list[str]:
    """The bodies with the one named after a founding verb that follows another body moved
    ahead ("did the council set up the crisis centre"), else as they were named."""
    if len(bodies) < 2:
        return bodies
    words = reading.corrected
    mentions = [mention for mention in reading.mentions if mention.entity_id in bodies]
    for before, after in pairwise(mentions):
        between = words[before.end : after.start]
        if after.entity_id != before.entity_id and not _FOUNDING.isdisjoint(between):
            return [after.entity_id, *(body for body in bodies if body != after.entity_id)]
    return bodies
