"""Words a question quotes ("he said 'we will leave'"): someone else's words, not the asker's."""

from __future__ import annotations

import re

from bot.core.language.normalize import tokens

# A quotation in double, typographic or guillemet quotes, or in single quotes that open after a
# space and close before one (not the apostrophe of "Russia's" or "didn't").
_QUOTED = re.compile(r"\"[^\"]+\"|“[^”]+”|«[^»]+»|„[^“”]+[“”]|(?<!\w)'[^']+'(?!\w)")


def quotes_in(text: str) -> list[str]:
    """The quotations in the text."""
    return _QUOTED.findall(text)


def quoted_only(text: str) -> frozenset[str]:
    """The words that occur in the text only inside quotations."""
    quotes = quotes_in(text)
    if not quotes:
        return frozenset()  # most questions quote nothing: no need to read them twice
    inside = {word for quote in quotes for word in tokens(quote)}
    outside = set(tokens(_QUOTED.sub(" ", text)))
    return frozenset(inside - outside)
