"""Cut long text into pieces that fit a Discord limit, at clean boundaries."""

from __future__ import annotations

import re

# A markdown link is never cut: half a link renders as broken brackets and a bare URL.
_LINK = re.compile(r"\[[^\]\n]*\]\([^)\s]*\)")
# Preferred boundaries, best first: paragraph, line, word.
_SEPARATORS = ("\n\n", "\n", " ")


def split_text(text: str, limit: int) -> list[str]:
    """Split text into stripped pieces of at most `limit` characters, never inside a link."""
    if limit < 1:
        raise ValueError("limit must be positive")
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = _cut_point(rest, limit)
        piece = rest[:cut].rstrip()
        if piece:
            pieces.append(piece)
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def _cut_point(text: str, limit: int) -> int:
    """Where to cut `text` so the head fits in `limit`: the best clean boundary available."""
    links = [match.span() for match in _LINK.finditer(text)]

    def outside_links(position: int) -> bool:
        return not any(start < position < end for start, end in links)

    # A boundary in the second half of the window keeps pieces from becoming tiny.
    for floor in (limit // 2, 1):
        for separator in _SEPARATORS:
            position = text.rfind(separator, floor, limit + 1)
            while position >= floor:
                if outside_links(position):
                    return position
                position = text.rfind(separator, floor, position)
    # No boundary at all: cut hard, but before a link that would straddle the cut.
    for start, end in links:
        if start < limit < end and start > 0:
            return start
    return limit


def fit(text: str, limit: int, marker: str = "…") -> str:
    """Shorten text to `limit` characters at a word boundary, ending with `marker` when cut."""
    if len(text) <= limit:
        return text
    head = text[: limit - len(marker)]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip() + marker
