"""How long a claim says something lasted: "served a full three-year term", "for 5 years"."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from bot.core.language.lexicon import LEXICON

_YEAR_UNITS = LEXICON.words("year_units")


def claimed_years(words: Sequence[str]) -> int | None:
    """The whole number of years the words say something lasted ("three year term" -> 3,
    "for 5 years" -> 5); None when they say no length, or several."""
    found = set()
    for number, unit in pairwise(words):
        if unit not in _YEAR_UNITS:
            continue
        spelled = number if number.isdigit() else LEXICON.numbers.get(number)
        # A four-digit number before "year" is a date ("the 2016 year"), no length.
        if spelled is not None and len(spelled) <= 2:
            found.add(int(spelled))
    return found.pop() if len(found) == 1 else None
