"""Words a question quotes ("he said 'we will leave'"): someone else's words, not the asker's."""

from __future__ import annotations

import re

from bot.core.language.normalize import tokens

# A quotation in double, typographic or guillemet quotes, or in single quotes that open after a
# space and close before one (not the apostrophe of "Russia's" or "didn't").
_QUOTED = re.compile(r"\"[^\"]+\"|“[^”]+”|«[^»]+»|„[^“”]+[“”]|(?<!\w)'[^']+'(?!\w)")


def quoted_only(text: str) -> frozenset[str]:
    """The words that occur in the text only inside quotations."""
    inside = {word for quote in _QUOTED.findall(text) for word in tokens(quote)}
    outside = set(tokens(_QUOTED.sub(" ", text)))
    return frozenset(inside - outside)
