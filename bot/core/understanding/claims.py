"""A yes/no claim of a time or a place ("Georgia signed the treaty in Tashkent in 1992,
correct?") is checked against the fact that states the act: the year and the place are what
the user claims, not filters on the facts."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from bot.core.language.lexicon import LEXICON
from bot.core.language.normalize import tokens

_TAGS = LEXICON.words("claim_tags")
# Words that only close a tag ("wasn't it", "is that so"), never a tag on their own.
_TAG_TAILS = frozenset({"it", "he", "she", "they", "that", "so"})
_YES_NO = LEXICON.words("yes_no_openers")
_ASKING = LEXICON.words("interrogatives")
# A year as the claim dates the act: "in 2003", "back in 1992" ("until 2020" claims a term).
_YEAR = re.compile(r"\b(?:back\s+)?in\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PLACE_OPENER = "in"


@dataclass(frozen=True)
class Claim:
    """What a claim asks with one of its details set aside, and the year it claimed (None:
    the year is kept in the question, or none was claimed)."""

    question: str
    year: int | None


def claim_readings(question: str, places: Collection[str]) -> tuple[Claim, ...]:
    """The claim read without its place, then without its year (never without both: the act
    would be too loosely said), when the question puts a claim up for checking (a yes/no opener
    or a closing tag, no question word); empty otherwise."""
    words = tokens(question)
    kept = _untagged(words)
    tagged = len(kept) < len(words)
    if not kept or not (tagged or kept[0] in _YES_NO):
        return ()
    if not _ASKING.isdisjoint(kept):  # "when did it join, 1992?" asks the time itself
        return ()
    readings: list[Claim] = []
    unplaced = _without_place(kept, places)
    if unplaced != kept:
        readings.append(Claim(" ".join(unplaced), None))
    years = {match[1] for match in _YEAR.finditer(question)}
    if len(years) == 1 and len(set(_ANY_YEAR.findall(question))) == 1:
        undated = _untagged(tokens(_YEAR.sub(" ", question)))
        if len(undated) >= 2:
            readings.append(Claim(" ".join(undated), int(years.pop())))
    return tuple(readings)


def _without_place(words: list[str], places: Collection[str]) -> list[str]:
    """The words without "in <city>" ("signed in Tashkent")."""
    kept: list[str] = []
    for index, word in enumerate(words):
        if word == _PLACE_OPENER and words[index + 1 : index + 2] and words[index + 1] in places:
            continue
        if word in places and index > 0 and words[index - 1] == _PLACE_OPENER:
            continue
        kept.append(word)
    return kept


def _untagged(words: list[str]) -> list[str]:
    """The words before a closing tag ("..., correct?", "... yeah?", "..., wasn't it?")."""
    end = len(words)
    while end > 0 and words[end - 1] in _TAGS:
        end -= 1
    tail = words[end:]
    if not tail or all(word in _TAG_TAILS for word in tail):
        return words
    return words[:end]
