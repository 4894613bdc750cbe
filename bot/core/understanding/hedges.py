"""A claim the user checks ("a guy in our chat claims X. is that correct?") asks about X."""

from __future__ import annotations

from dataclasses import replace

from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Reading

_SAID = LEXICON.words("said")
_VERIFY = LEXICON.words("verify")
_DO = LEXICON.words("do")
_NEUTRAL = "that"  # a stopword in the said word's place keeps the mentions' positions


def unhedged(reading: Reading) -> Reading:
    """The reading without the reporting verbs of a claim put up for checking: a said word
    followed later by a word asking whether it holds ("claims ... is that correct?") belongs to
    the user's hedge, not to what is asked ("what did Putin say" has no such tail)."""
    words = reading.corrected
    last_check = max((i for i, word in enumerate(words) if word in _VERIFY), default=0)
    asked = next((i for i, word in enumerate(words) if word in _DO), len(words))
    # "What did he say ..., is that accurate?": a said word after "did" is what is asked.
    hedged = {i for i, word in enumerate(words[:last_check]) if word in _SAID and i < asked}
    if not hedged:
        return reading
    corrected = tuple(_NEUTRAL if i in hedged else word for i, word in enumerate(words))
    removed = {words[i] for i in hedged}
    return replace(
        reading,
        corrected=corrected,
        content=reading.content - (removed - set(corrected)),
    )
