"""What narrows a list question: how a named party relates to each item, a span of time, a place.

"Which summits did Armenia skip since 2023" asks for a list (the summits) narrowed by a relation
(skipped) to a party (Armenia) and by a span (from 2023 on). Responders read one `ListFilter`
from the question and keep the items it admits, so every list answers what was asked of it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Reading
from bot.core.language.temporal import find_dates, is_date_word, time_parts

_SINCE = LEXICON.words("span_since")
_AFTER = LEXICON.words("span_after")
_BEFORE = LEXICON.words("span_before")
_UNTIL = LEXICON.words("span_until")
_SKIPPED = LEXICON.words("skipped")
_HOSTED = LEXICON.words("hosted")
_ATTENDED = LEXICON.words("attended")
_NEGATION = LEXICON.words("negation")
_STILL = LEXICON.words("still")
_DAY = dt.timedelta(days=1)
_SPAN_WORDS = _SINCE | _AFTER | _BEFORE | _UNTIL
_PART_LINKS = LEXICON.words("time_part_links")
# The kinds of subject a list can be narrowed to ("the summits Armenia skipped", "Lukashenko").
_PARTY_KINDS = frozenset({"country", "person"})


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of time a list is narrowed to; None at either end leaves that end open."""

    first: dt.date | None
    last: dt.date | None
    label: str  # how the question put it: "since 2015", "before 2010"

    def admits(self, date: PartialDate) -> bool:
        """True when the (partial) date lies within the span."""
        after_start = self.first is None or date.first_day >= self.first
        return after_start and (self.last is None or date.last_day <= self.last)


@dataclass(frozen=True, slots=True)
class ListFilter:
    """A list question's narrowing: a relation to the parties named, a span, places."""

    relation: str | None  # "skipped", "attended" or "hosted"
    parties: tuple[str, ...]  # the countries and people named, in the question's order
    span: Span | None
    places: frozenset[str]  # city words named
    still: bool  # "still", "now": the list as it stands today


def read_span(words: tuple[str, ...]) -> Span | None:
    """'since 2015', 'after March 2020', 'before 2010', 'until 2012': the span a list keeps.

    Only a date right after the word counts: "after the 2022 summit" names an event, not a year.
    """
    bounded = _between(words)
    if bounded is not None:
        return bounded
    first: dt.date | None = None
    last: dt.date | None = None
    labels: list[str] = []
    for index, word in enumerate(words[:-1]):
        date = _date_after(words, index)
        if date is None:
            continue
        labels.append(f"{word} {date.human()}")
        if word in _SINCE:
            first = date.first_day
        elif word in _AFTER:
            first = date.last_day + _DAY
        elif word in _BEFORE:
            last = date.first_day - _DAY
        else:
            last = date.last_day
    if first is None and last is None:
        return None
    return Span(first, last, " and ".join(labels))


# "Between 2023 and 2025", "from 2015 to 2017": a span closed at both ends, each end whole.
_BOUNDS = {"between": frozenset({"and"}), "from": frozenset({"to", "till", "until", "through"})}


def _between(words: tuple[str, ...]) -> Span | None:
    """'Between 2023 and 2025', 'from 2015 to 2017': the span from the first date's start to
    the second's end; None when the question names no such pair."""
    for index, word in enumerate(words[:-3]):
        closers = _BOUNDS.get(word)
        if closers is None or not is_date_word(words[index + 1]):
            continue
        close = next(
            (i for i in range(index + 2, index + 5) if words[i : i + 1] and words[i] in closers),
            None,
        )
        if close is None or close + 1 >= len(words) or not is_date_word(words[close + 1]):
            continue
        start = find_dates(" ".join(words[index + 1 : close]))
        end = find_dates(" ".join(words[close + 1 : close + 4]))
        if start and end and start[0].first_day <= end[0].last_day:
            label = f"{word} {start[0].human()} {words[close]} {end[0].human()}"
            return Span(start[0].first_day, end[0].last_day, label)
    return None


def span_edges(words: tuple[str, ...]) -> list[PartialDate]:
    """The dates the question gives as a span's edges ("since November 2019"), not as when."""
    edges = []
    for index in range(len(words) - 1):
        date = _date_after(words, index)
        if date is not None:
            edges.append(date)
    return edges


def _date_after(words: tuple[str, ...], index: int) -> PartialDate | None:
    """The date right after a span word at the index ("since 2015"), past the words of a part
    of it ("since the end of 2023", "since late 2023": the date's year or month)."""
    if words[index] not in _SPAN_WORDS:
        return None
    rest = words[index + 1 :]
    parts = time_parts(rest[:4])
    skip = 0
    while skip < len(rest) and (rest[skip] in parts or rest[skip] in _PART_LINKS) and parts:
        skip += 1
    if skip == len(rest) or not is_date_word(rest[skip]):
        return None
    found = find_dates(" ".join(rest[skip : skip + 3]))
    return found[0] if found else None


def read_relation(reading: Reading) -> str | None:
    """How the question relates its party to the items: skipped, attended or hosted."""
    if reading.has_any(_SKIPPED):
        return "skipped"
    if reading.has_any(_ATTENDED):
        return "skipped" if reading.has_any(_NEGATION) else "attended"
    if reading.has_any(_HOSTED):
        return "hosted"
    return None


def read_filter(catalog: Catalog, reading: Reading, cities: frozenset[str]) -> ListFilter:
    """The narrowing a list question asks for, read from its words and the names it links."""
    parties = tuple(i for i in reading.ids() if catalog.kinds.get(i) in _PARTY_KINDS)
    return ListFilter(
        relation=read_relation(reading),
        parties=parties,
        span=read_span(reading.corrected),
        places=frozenset(reading.corrected) & cities,
        still=reading.has_any(_STILL),
    )


def negated(reading: Reading) -> bool:
    """True when the question asks for the items that do not hold ("never came back")."""
    return reading.has_any(_NEGATION)
