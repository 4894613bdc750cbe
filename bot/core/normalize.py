"""Text normalisation shared by the loader (alias collisions) and the question engine."""

from __future__ import annotations

import re
import unicodedata

# Latin look-alikes of Cyrillic letters, used to repair words typed in a mix of both scripts.
# Applied after case-folding, so lower case is enough.
_CYRILLIC_TO_LATIN = str.maketrans("авсеёнікмортху", "abceehikmoptxy")
_LATIN_TO_CYRILLIC = str.maketrans("aceopxykmtbh", "асеорхукмтвн")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")
_WORD = re.compile(r"[0-9a-z\u00e0-\u024f\u0400-\u04ff]+")
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
_QUOTES = str.maketrans({c: "'" for c in "\u2018\u2019\u201a\u201b\u02bc`\u00b4"})
_POSSESSIVE = re.compile(r"'s\b")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_QUOTES)
    text = text.casefold().replace("ё", "е")
    # Strip accents from Latin letters only: Cyrillic й must stay й.
    decomposed = unicodedata.normalize("NFD", text)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def _repair_script(word: str) -> str:
    """Turn a word typed in mixed Latin and Cyrillic into the script most of it uses."""
    cyrillic = len(_CYRILLIC.findall(word))
    latin = len(_LATIN.findall(word))
    if not cyrillic or not latin:
        return word
    if cyrillic >= latin:
        return word.translate(_LATIN_TO_CYRILLIC)
    return word.translate(_CYRILLIC_TO_LATIN)


def tokens(text: str) -> list[str]:
    """Split text into normalised word tokens (case-folded, accents off, scripts repaired)."""
    return [_repair_script(word) for word in _WORD.findall(_POSSESSIVE.sub("", _fold(text)))]


def normalize(text: str) -> str:
    """Normalise a name or question for comparison: folded tokens joined by single spaces."""
    return " ".join(tokens(text))
