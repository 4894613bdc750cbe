"""Which one of several occasions a question singles out: "the second time", "the last time"."""

from __future__ import annotations

from itertools import pairwise

from bot.core.language.lexicon import LEXICON

# "The second time", "the last time": an ordinal before one of these picks one occasion.
_OCCASION_NOUNS = frozenset(["time"])
_LAST = LEXICON.words("last_of_list")
# Words that single out one occasion of several ("first", "second", "last").
_PICKING = frozenset(LEXICON.ordinal_numbers) | _LAST


def occasion_index(words: tuple[str, ...]) -> int | None:
    """ "The second time" (1), "the first time" (0), "the last time" (-1): which occasion of
    several, in date order, the words pick, as an index; None when they pick none."""
    for before, word in pairwise(words):
        if word not in _OCCASION_NOUNS:
            continue
        if before in _LAST:
            return -1
        number = LEXICON.ordinal_numbers.get(before)
        if number is not None:
            return number - 1
    return None


def singles_out(words: tuple[str, ...] | list[str]) -> bool:
    """The words pick one occasion of several ("when did it first leave", "the last time")."""
    return not _PICKING.isdisjoint(words)
