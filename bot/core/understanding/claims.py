"""A yes/no claim of a time or a place ("Georgia signed the treaty in Tashkent in 1992,
correct?") is checked against the fact that states the act: the year and the place are what
the user claims, not filters on the facts. Where the user heard it ("I read that ...") is no
part of the claim."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from bot.core.language.lexicon import LEXICON
from bot.core.language.normalize import tokens

_TAGS = LEXICON.words("claim_tags")
# Words that only close a tag ("wasn't it", "is that so"), never a tag on their own.
_TAG_TAILS = frozenset({"it", "he", "she", "they", "that", "so"})
_YES_NO = LEXICON.words("yes_no_openers")
_ASKING = LEXICON.words("interrogatives")
# A year as the claim dates the act: "in 2003", "back in 1992" ("until 2020" claims a term).
# "in 2014", "in April 2014", "in early 2014": the year an act is claimed for (the months are
# known by their first letters).
_MONTH_WORDS = "|".join(
    sorted((re.escape(m) for m in LEXICON.months if m.isascii()), key=len, reverse=True)
)
_YEAR = re.compile(
    rf"\b(?:back\s+)?in\s+(?:(?:early|mid|late)\s+)?(?:(?:{_MONTH_WORDS})[a-z]*\.?\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A year as the claim ends a term: "runs only until 2020", "there till 2020", "runs out in 2020",
# "expires in 2020". The verb of ending is kept ("until when does it run out"), the year is not.
_UNTIL = re.compile(
    r"\b(?:(?P<verb>(?:runs?|ran|running)\s+out|expires?|expired|expiring)\s+in|until|till|til"
    r"|through)\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_SOURCES = LEXICON.words("claim_sources") | LEXICON.words("said")
_SPEAKERS = LEXICON.words("claim_speakers")
_OPENING_BREAKS = LEXICON.words("claim_opening_breaks")
_MOST_BEFORE_THAT = 3  # "wrote on my essay that": the words between the source and its "that"
# A sentence's end: a question may report its source in a sentence of its own.
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
_MOST_OPENER_WORDS = 6  # "the article i'm fact checking says": a longer start is the claim itself
_THAT = "that"
_PLACE_OPENER = "in"


@dataclass(frozen=True)
class Claim:
    """What a claim asks with one of its details set aside, and the year it claimed (None:
    the year is kept in the question, or none was claimed)."""

    question: str
    year: int | None
    # What was set aside: where it was heard ("source"), the place, the year, or the end of a
    # term, asked back as "until when" ("term").
    kind: Literal["source", "place", "year", "term"] = "year"


def puts_up_claim(question: str) -> bool:
    """The question puts a claim up for checking: a yes/no opener, a closing tag or where it
    was heard ("i read that ..."), and no question word ("when did it join, 1992?" asks)."""
    words = tokens(question)
    return bool(_claimed_words(words, _untagged(words)))


def claim_words(question: str) -> list[str]:
    """The words of the claim a question puts up for checking, without where it was heard or
    its closing tag ("nazarbayev asked for troops, yes?": "nazarbayev asked for troops")."""
    words = tokens(question)
    return _claimed_words(words, _untagged(words))


def _claimed_words(words: list[str], kept: list[str]) -> list[str]:
    """The words of the claim put up for checking; empty when the question puts up none."""
    tagged = len(kept) < len(words)
    unsourced = _unsourced(kept)
    if not unsourced or not (tagged or unsourced != kept or kept[0] in _YES_NO):
        return []
    if not _ASKING.isdisjoint(unsourced):  # "when did it join, 1992?" asks the time itself
        return []
    return unsourced


def claim_readings(question: str, places: Collection[str]) -> tuple[Claim, ...]:
    """The claim read without where it was heard, without its place, then without its year
    (never without both: the act would be too loosely said), when the question puts a claim up
    for checking; empty otherwise."""
    words = tokens(question)
    kept = _untagged(words)
    unsourced = _claimed_words(words, kept)
    if not unsourced:
        return ()
    readings: list[Claim] = []
    if unsourced != kept:
        readings.append(Claim(" ".join(unsourced), None, "source"))
    unplaced = _without_place(unsourced, places)
    if unplaced != unsourced:
        readings.append(Claim(" ".join(unplaced), None, "place"))
    # The years are the claim's own: "my source from 2016 says" dates where it was heard.
    claim = " ".join(unsourced)
    ends = {match["year"] for match in _UNTIL.finditer(claim)}
    year = claimed_year(claim)
    if year is not None and str(year) not in ends:
        undated = _untagged(tokens(_YEAR.sub(" ", claim)))
        if len(undated) >= 2:
            readings.append(Claim(" ".join(undated), year, "year"))
    if len(ends) == 1 and len(set(_ANY_YEAR.findall(claim))) == 1:
        # "runs only until 2020" asks back "until when does it run"
        unended = _untagged(tokens(_UNTIL.sub(_ended, claim)))
        if len(unended) >= 2:
            readings.append(Claim(" ".join(["until", "when", *unended]), int(ends.pop()), "term"))
    return tuple(readings)


def _ended(match: re.Match[str]) -> str:
    """A term's end without its year: the verb of ending stays ("runs out"), "until" goes."""
    return f" {match['verb'] or ''} "


def claimed_year(question: str) -> int | None:
    """The year a claim dates its act to ("left in 2000, right?"), when it names no other; a
    year of where it was heard ("my source from 2016 says ...") is none of the claim's."""
    claim = " ".join(_unsourced(tokens(question)))
    years = {match[1] for match in _YEAR.finditer(claim)}
    if len(years) != 1 or len(set(_ANY_YEAR.findall(claim))) != 1:
        return None
    return int(years.pop())


def _unsourced(words: list[str]) -> list[str]:
    """The words after an opening that says where the claim was heard ("i read that ..."); the
    opening starts with the speaker, so "i'm not sure but belarus said ..." keeps its claim."""
    for index, word in enumerate(words[: _MOST_OPENER_WORDS + 1]):
        source = word in _SOURCES or (word.endswith("s") and word[:-1] in _SOURCES)
        if not source or index == 0 or not _OPENING_BREAKS.isdisjoint(words[:index]):
            continue
        if not _SPEAKERS.isdisjoint(words[: min(index, 3)]):
            rest = words[index + 1 :]
            if _THAT in rest[: _MOST_BEFORE_THAT + 1]:
                return rest[rest.index(_THAT) + 1 :]
            return rest
    return words


def without_sources(question: str) -> tuple[str, ...]:
    """The question without what its sentences report a source says: first its sentences that
    ask alone ("When did Uzbekistan rejoin? One book says 2008."), then every sentence with its
    source's opening left out ("The article I'm checking says the KSOR drilled in Kyrgyzstan.
    Which exercise was it?": the claim says what "it" is); empty when no sentence reports one."""
    sentences = [s for s in _SENTENCE_END.split(question.strip()) if s]
    unsourced = [_unsourced(tokens(s)) for s in sentences]
    sourced = [kept != tokens(s) for s, kept in zip(sentences, unsourced, strict=True)]
    if not any(sourced):
        return ()
    asking = [s for s, reported in zip(sentences, sourced, strict=True) if not reported]
    claims = [
        " ".join(kept) + "." if reported else s
        for s, kept, reported in zip(sentences, unsourced, sourced, strict=True)
        if kept
    ]
    readings = [" ".join(asking)] if asking else []
    if len(sentences) > 1:  # one sentence without its opening is a claim, checked as one
        readings.append(" ".join(claims))
    return tuple(readings)


def disputed_when(question: str) -> str | None:
    """The act two sources date differently, asked "when" ("my teacher wrote that the CSTO was
    founded in 2002 but my textbook says 1992, which is right?" -> "when the csto was
    founded"); None unless the first source's claim dates its act and the rest another year."""
    words = tokens(question)
    claim = _unsourced(words)
    if claim == words:
        return None
    breaks = [i for i, word in enumerate(claim) if word in _OPENING_BREAKS]
    if not breaks:
        return None
    act, rest = claim[: breaks[0]], claim[breaks[0] + 1 :]
    year = claimed_year(" ".join(act))
    others = set(_ANY_YEAR.findall(" ".join(rest)))
    if year is None or not others or others == {str(year)} or _unsourced(rest) == rest:
        return None
    undated = tokens(_YEAR.sub(" ", " ".join(act)))
    return " ".join(["when", *undated]) if len(undated) >= 2 else None


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
    if end > 1 and words[end - 1] in _YES_NO:  # "... until 2020. is that right?"
        end -= 1
    return words[:end]
