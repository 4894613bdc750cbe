"""'Which agreement was signed there without it?': "without" the party in play says it was absent.

The facts word an absence as an act not done ("Belarus did not sign", "boycotted"), never with
"without" ("decisions invalid without consensus" is another sense): before a pronoun standing for
the party in play, the preposition is no word a fact must share.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Reading
from bot.core.understanding.memory import Topic

_ABSENCE = LEXICON.words("absence_prepositions")
_PRONOUNS = LEXICON.words("pronouns")


def absent_party(reading: Reading, topic: Topic | None) -> Reading:
    """The reading with "without" dropped from its content where a pronoun for the party in play
    follows it ("without it", "without them")."""
    if topic is None or not topic.entities:
        return reading
    words = reading.corrected
    dropped = {word for word, after in pairwise(words) if word in _ABSENCE and after in _PRONOUNS}
    return replace(reading, content=reading.content - dropped) if dropped else reading
