"""An act a fact tells of only as an earlier one ("previous requests by Armenia and Kyrgyzstan
had been refused", in a fact of the Kazakh deployment): asked who made the request in play, the
people of those earlier acts are not the answer."""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.answering.retrieval import stem
from bot.core.language.lexicon import LEXICON
from bot.core.language.normalize import tokens

_EARLIER = LEXICON.words("earlier_occasion")


def only_earlier(acts: Iterable[frozenset[str]], text: str) -> bool:
    """Some act asked of (by its stems) is said in the text, and every time as an earlier one
    ("previous requests"): the text tells of other occasions of it, not the one asked."""
    words = tokens(text)
    for act in acts:
        said = [i for i, word in enumerate(words) if stem(word) in act]
        if said and all(i > 0 and words[i - 1] in _EARLIER for i in said):
            return True
    return False
