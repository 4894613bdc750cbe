"""Which one of a series a question asks ("the first war") against the one a fact tells of
("the second Nagorno-Karabakh war"): a fact of another one of the series answers another
question."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.answering.retrieval import stem
from bot.core.language.lexicon import LEXICON, STOPWORDS
from bot.core.language.normalize import tokens

_ORDINALS = LEXICON.ordinal_numbers
# "The second Nagorno-Karabakh war": the noun may stand this many words after its ordinal.
_REACH = 3

Numbered = frozenset[tuple[int, str]]


def numbered(words: Sequence[str]) -> Numbered:
    """Each ordinal with the stems of the words just after it ("first war": (1, "war"))."""
    found: set[tuple[int, str]] = set()
    for index, word in enumerate(words):
        number = _ORDINALS.get(word)
        if number is None:
            continue
        following = words[index + 1 : index + 1 + _REACH]
        found.update((number, stem(w)) for w in following if w not in STOPWORDS)
    return frozenset(found)


def of_another(asked: Numbered, text: str) -> bool:
    """The text numbers a thing the question numbers otherwise ("the second ... war" for "the
    first war") and never as the question does: it tells of another one of the series."""
    if not asked:
        return False
    told = numbered(tokens(text))
    return any(
        (number, noun) not in told and any(n == noun and o != number for o, n in told)
        for number, noun in asked
    )
