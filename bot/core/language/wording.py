"""Questions that ask for someone's own wording ("what word did Armenia use"), which only a
quotation answers."""

from __future__ import annotations

from bot.core.language.lexicon import LEXICON

_NOUNS = LEXICON.words("quoted_nouns")
_VERBS = LEXICON.words("quoted_verbs")
_PICKERS = frozenset({"what", "which"})
# "What exact word", "which single term": words that may stand between the picker and the noun.
_BETWEEN = 2


def wording_asked(words: tuple[str, ...]) -> frozenset[str]:
    """The words framing an ask for someone's wording ("what word ... use"): they ask for the
    quotation, no fact need say them. Empty when no wording is asked."""
    for index, word in enumerate(words):
        if word in _PICKERS and _NOUNS & set(words[index + 1 : index + 2 + _BETWEEN]):
            return frozenset((_NOUNS | _VERBS) & set(words))
    return frozenset()
