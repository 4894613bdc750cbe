"""'Which agreement was signed there without it?', 'which exercise got cancelled because of it?':
a preposition before a pronoun for what is in play says how it bears on what is asked.

The facts word an absence as an act not done ("Belarus did not sign", "boycotted"), never with
"without" ("decisions invalid without consensus" is another sense), and a cause by "amid" or
"over" as often as "because": before a pronoun standing for what is in play, the preposition is
no word a fact must share.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Reading
from bot.core.understanding.memory import Topic

_POINTING = LEXICON.words("absence_prepositions") | LEXICON.words("cause_prepositions")
_LINKS = LEXICON.words("cause_links")
_PRONOUNS = LEXICON.words("pronouns")


def absent_party(reading: Reading, topic: Topic | None) -> Reading:
    """The reading with "without" or "because" dropped from its content where a pronoun for what
    is in play follows it ("without it", "because of them")."""
    if topic is None or not topic.entities:
        return reading
    words = reading.corrected
    dropped = {
        word
        for index, word in enumerate(words)
        if word in _POINTING and _pronoun_after(words[index + 1 :])
    }
    return replace(reading, content=reading.content - dropped) if dropped else reading


def _pronoun_after(rest: tuple[str, ...]) -> bool:
    """A pronoun comes next, or after one linking word ("of it", "to them")."""
    if rest[:1] and rest[0] in _LINKS:
        rest = rest[1:]
    return bool(rest) and rest[0] in _PRONOUNS
