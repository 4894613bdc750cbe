"""Vague references to the organization itself: "the alliance", "this thing", "the council"."""

from __future__ import annotations

from bot.core.language.lexicon import LEXICON, STOPWORDS

_OWN_DETERMINERS = LEXICON.words("own_determiners")
_OWN_REFERENCES = LEXICON.words("own_references")
_VAGUE_DETERMINERS = LEXICON.words("vague_determiners")
_VAGUE_REFERENCES = LEXICON.words("vague_references")
_OF = "of"  # "the council of europe" names another body, not ours


def points_at_organization(words: tuple[str, ...], vocabulary: frozenset[str]) -> bool:
    """True when a determiner and a general word point at the organization ("does the alliance",
    "in this thing", "the council vote"): not at another one named after "of", and not as the
    modifier of a word the bot does not know ("the treaty archive" is an archive)."""
    for index, word in enumerate(words[:-1]):
        following = words[index + 1]
        after = words[index + 2] if index + 2 < len(words) else None
        unknown = after is not None and after not in vocabulary and after not in STOPWORDS
        if after == _OF or unknown:
            continue
        if word in _OWN_DETERMINERS and following in _OWN_REFERENCES:
            return True
        if word in _VAGUE_DETERMINERS and following in _VAGUE_REFERENCES:
            return True
    return False
