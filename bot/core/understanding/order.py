"""Cut a question asking which of two events came first into the two events, each to be dated
on its own ("which came first, the joint staff being set up or uzbekistan's comeback")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.core.answering.check import order_phrases
from bot.core.language.datafile import DataModel, read_data
from bot.core.language.temporal import find_dates

# Where a sentence ends: the order is asked in one sentence, and "give dates" after it is no event.
_SENTENCE_END = re.compile(r"(?<=[?!])\s+|(?<=\.)\s+(?=[A-Za-z])")
_EDGES = " \t,;:.!?-–—\"'"  # noqa: RUF001 - dashes are punctuation a user may put around an event
_OR = re.compile(r"\s+or\s+", re.IGNORECASE)


class _OrderFile(DataModel):
    """The shape of order.yaml (see the comments in that file)."""

    openers: str
    closers: str
    scope_openers: str
    question_words: str
    founding: str


@dataclass(frozen=True, slots=True)
class OrderAsk:
    """Two events whose order is asked, in the user's words, and a time both are read in."""

    first: str
    second: str
    scope: str = ""  # "in 2022" of "which came first in 2022, ..."; "" when none

    def questions(self) -> tuple[str, str]:
        """Each event asked on its own: "when was the joint staff being set up in 2022?"."""
        scope = f" {self.scope}" if self.scope else ""
        return (f"when was {self.first}{scope}?", f"when was {self.second}{scope}?")

    def founding(self, event: str) -> str:
        """An event that is a thing's name ("the ksor") asked as its start: "when was the ksor
        created?"."""
        scope = f" {self.scope}" if self.scope else ""
        return f"when was {event} {_cues().founding}{scope}?"


@dataclass(frozen=True, slots=True)
class _Cues:
    phrase: re.Pattern[str]
    openers: frozenset[str]
    closers: frozenset[str]
    scope: re.Pattern[str]
    questions: frozenset[str]
    founding: str


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    raw = read_data(Path(__file__).parent / "order.yaml", _OrderFile).model
    phrases = sorted(order_phrases(), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, phrase)) for phrase in phrases)
    scope_words = "|".join(map(re.escape, raw.scope_openers.split()))
    return _Cues(
        re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE),
        frozenset(raw.openers.split()),
        frozenset(raw.closers.split()),
        # "in 2022," or "in september 2022:" before the events.
        re.compile(rf"^\s*((?:{scope_words})\s+[^,:;]{{0,30}}?)\s*[,:;]\s*", re.IGNORECASE),
        frozenset(raw.question_words.split()),
        raw.founding,
    )


def _trimmed(text: str, cues: _Cues, *, opening: bool) -> str:
    """An event's words without the punctuation, asking words and verbs around them."""
    words = text.strip(_EDGES).split()
    if opening:
        while words and words[0].casefold() in cues.openers:
            words = words[1:]
    while words and words[-1].casefold().strip(_EDGES) in cues.closers:
        words = words[:-1]
    return " ".join(words).strip(_EDGES)


def order_ask(question: str) -> OrderAsk | None:
    """The two events a question asks the order of, or None when it asks none or names them
    otherwise than "X or Y" (or "X before or after Y") in the sentence asking it."""
    cues = _cues()
    for sentence in _SENTENCE_END.split(question):
        found = cues.phrase.search(sentence)
        if found is not None:
            return _events(sentence[: found.start()], sentence[found.end() :], cues)
    return None


def _events(before: str, after: str, cues: _Cues) -> OrderAsk | None:
    """The events on either side of the order phrase: both on one side ("which came first, X or
    Y"), or one on each ("X before or after Y")."""
    sides = [side for side in (before, after) if side.strip(_EDGES)]
    with_or = [side for side in sides if len(_OR.split(side)) == 2]
    if len(sides) == 2 and not with_or:
        first = _trimmed(before, cues, opening=True)
        second, scope = _scoped(after, cues)
        return _ask(first, _trimmed(second, cues, opening=False), scope, cues)
    if len(with_or) != 1 or any(len(_OR.split(side)) > 2 for side in sides):
        return None
    body, scope = _scoped(with_or[0], cues)
    first, second = _OR.split(body)
    first, second = _trimmed(first, cues, opening=True), _trimmed(second, cues, opening=False)
    return _ask(first, second, scope, cues)


def _scoped(text: str, cues: _Cues) -> tuple[str, str]:
    """The text without a leading time both events are read in, and that time ("in 2022")."""
    found = cues.scope.match(text)
    if found is None or not find_dates(found[1]):
        return text, ""
    return text[found.end() :], found[1].strip()


def _ask(first: str, second: str, scope: str, cues: _Cues) -> OrderAsk | None:
    """The two events, unless one is missing or is a question of its own."""
    for event in (first, second):
        if not event or event.split()[0].casefold() in cues.questions:
            return None
    return OrderAsk(first, second, scope)
