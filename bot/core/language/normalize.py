"""Text normalization shared by the loader (name collisions) and the question engine (matching)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2035\u0060\u00b4\u02bc"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb"
_UNIFY = str.maketrans(
    {
        **dict.fromkeys(_DASHES, "-"),
        **dict.fromkeys(_SINGLE_QUOTES, "'"),
        **dict.fromkeys(_DOUBLE_QUOTES, '"'),
    }
)
# "1,000" means 1000: the comma between digits is dropped rather than split on.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d)")
# Apostrophes and full stops join what they sit in ("U.S." -> "us", "CSTO's" -> "cstos"),
# except a decimal point, which stays ("1.5").
_JOINERS = re.compile(r"'|(?<!\d)\.|\.(?!\d)")
# A plural marked as optional ("one(s)", "member(s)", "countr(ies)") is the plural.
_OPTIONAL_PLURAL = re.compile(r"(?<=\w)\((s|es|ies)\)")
# Anything else that is not a letter, digit, space, hyphen, decimal point or percent sign splits.
_SEPARATORS = re.compile(r"[^\w\s.%-]|_")
# A hyphen matters only inside a word ("nagorno-karabakh", "2016-10"); elsewhere it splits.
_LOOSE_HYPHENS = re.compile(r"(?<!\w)-|-(?!\w)")


def _strip_marks(text: str) -> str:
    """Drop combining accents so "Chișinău" and "Chisinau" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed
    kept = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", kept)


def normalize(text: str) -> str:
    """Fold text for comparison: NFKC, case, accents, dashes, quotes, punctuation, spaces."""
    folded = unicodedata.normalize("NFKC", text).translate(_UNIFY).casefold()
    folded = _strip_marks(folded)
    folded = _THOUSANDS.sub("", folded)
    folded = _OPTIONAL_PLURAL.sub(r"\1", folded)
    folded = _JOINERS.sub("", folded)
    folded = _SEPARATORS.sub(" ", folded)
    folded = _LOOSE_HYPHENS.sub(" ", folded)
    return " ".join(folded.split())


# -- question tokens ---------------------------------------------------------------------------
# The engine reads questions as words: hyphens and apostrophes split ("Nagorno-Karabakh",
# "Armenia's"), and a word typed in a mix of Latin and Cyrillic look-alikes is repaired.

# Applied after case-folding, so lower case is enough.
_CYRILLIC_TO_LATIN = str.maketrans("авсеёнікмортху", "abceehikmoptxy")
_LATIN_TO_CYRILLIC = str.maketrans("aceopxykmtbh", "асеорхукмтвн")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")
_WORD = re.compile(r"[0-9a-z\u00e0-\u024f\u0400-\u04ff]+")
_POSSESSIVE = re.compile(r"'s\b")


def _repair_script(word: str) -> str:
    """Turn a word typed in mixed Latin and Cyrillic into the script most of it uses."""
    if word.isascii():  # most words: nothing to repair, and no pattern to run
        return word
    cyrillic = len(_CYRILLIC.findall(word))
    latin = len(_LATIN.findall(word))
    if not cyrillic or not latin:
        return word
    if cyrillic >= latin:
        return word.translate(_LATIN_TO_CYRILLIC)
    return word.translate(_CYRILLIC_TO_LATIN)


def tokens(text: str) -> list[str]:
    """Split text into folded word tokens (case, accents, ё->е, scripts repaired)."""
    # The same texts (a question, a fact) are split many times while one question is answered;
    # long ones are not kept, so the cache stays small whatever users send.
    if len(text) > _CACHED_CHARS:
        return list(_split(text))
    return list(_cached_split(text))


_CACHED_CHARS = 600


@lru_cache(maxsize=8192)
def _cached_split(text: str) -> tuple[str, ...]:
    return _split(text)


def _split(text: str) -> tuple[str, ...]:
    folded = _strip_marks(unicodedata.normalize("NFKC", text).translate(_UNIFY).casefold())
    folded = _POSSESSIVE.sub("", folded.replace("ё", "е"))
    # Same joining rules as normalize(): "C.S.T.O." is one word, "1,000" one number.
    folded = _JOINERS.sub("", _OPTIONAL_PLURAL.sub(r"\1", _THOUSANDS.sub("", folded)))
    return tuple(_repair_script(word) for word in _WORD.findall(folded))


def name_key(text: str) -> str:
    """How the engine sees a name: its tokens joined by spaces (used for alias collisions)."""
    return " ".join(tokens(text))
