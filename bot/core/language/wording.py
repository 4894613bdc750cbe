"""Questions that ask for someone's own wording ("what word did Armenia use"), which only a
quotation answers."""

from __future__ import annotations

from bot.core.language.lexicon import LEXICON

_NOUNS = LEXICON.words("quoted_asks")
_VERBS = LEXICON.words("quoted_verbs")
_PICKERS = frozenset({"what", "which"})
_EXACT = LEXICON.words("verbatim")
# "What exact word", "which single term": words that may stand between the picker and the noun.
_BETWEEN = 2


def wording_asked(words: tuple[str, ...]) -> frozenset[str]:
    """The words framing an ask for someone's wording ("what word ... use"): they ask for the
    quotation, no fact need say them. Empty when no wording is asked."""
    for index, word in enumerate(words):
        picked = word in _PICKERS and _NOUNS & set(words[index + 1 : index + 2 + _BETWEEN])
        # "Lukashenko's exact words", "the precise wording": someone's own words, verbatim.
        exact = word in _EXACT and words[index + 1 : index + 2] and words[index + 1] in _NOUNS
        if picked or exact:
            return frozenset((_NOUNS | _VERBS | _EXACT) & set(words))
    return frozenset()
