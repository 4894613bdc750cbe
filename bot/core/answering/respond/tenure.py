"""How long a term lasted, when a question picks holders by it ("who served for over ten years")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.core.knowledge.models import OfficeHolder
from bot.core.language.lexicon import LEXICON

_FOR = LEXICON.words("term_openers")
_MORE = LEXICON.words("span_more")
_LESS = LEXICON.words("span_less")
_QUALIFIERS = _MORE | _LESS | LEXICON.words("span_about")
_NUMBERS = LEXICON.numbers
# The length of each unit of time, in years.
_UNITS = {
    "year": 1.0,
    "years": 1.0,
    "month": 1 / 12,
    "months": 1 / 12,
    "decade": 10.0,
    "decades": 10.0,
}
_DAYS_A_YEAR = 365.25
# "For five years", "for a decade" are round figures: a term within a quarter of it (or
# half a year) is meant; "over"/"under" bound it one way.
_ABOUT = 0.25
_LEAST_ABOUT = 0.5
# "For a year": one.
_ONE = frozenset({"a", "an"})


@dataclass(frozen=True)
class Span:
    """A length of time asked of a term: `years`, and whether more (1), less (-1) or about (0)."""

    years: float
    bound: int
    said: str  # the question's own words for it ("more than ten years")


def span_asked(words: tuple[str, ...]) -> Span | None:
    """The length a question asks of a term ("for over 10 years", "for about 5 years")."""
    found = _span(words)
    return found[0] if found else None


def length_words(words: tuple[str, ...]) -> frozenset[str]:
    """The words of a length asked ("more", "two" of "for more than two years"): a time, not a
    thing asked of (no fact on "two observer states" or "more than 4,350 injured" answers it)."""
    found = _span(words)
    return found[1] if found else frozenset()


def _span(words: tuple[str, ...]) -> tuple[Span, frozenset[str]] | None:
    """The first length asked after "for", with its qualifier and count words."""
    for index, word in enumerate(words):
        if word not in _FOR:
            continue
        at = index + 1
        bound = 0
        while at < len(words) and words[at] in _QUALIFIERS:
            bound = 1 if words[at] in _MORE else -1 if words[at] in _LESS else bound
            at += 1
        if at + 1 >= len(words) or words[at + 1] not in _UNITS:
            continue
        count = "1" if words[at] in _ONE else _NUMBERS.get(words[at], words[at])
        if count.isdigit():
            said = " ".join(words[index + 1 : at + 2])
            span = Span(int(count) * _UNITS[words[at + 1]], bound, said)
            return span, frozenset(words[index + 1 : at + 1])
    return None


def years_between(first: dt.date, last: dt.date) -> float:
    """The length of a period in years."""
    return (last - first).days / _DAYS_A_YEAR


def served_until(holder: OfficeHolder, today: dt.date) -> dt.date:
    """The day a term has run to: its end, or today while it still runs."""
    return min(holder.end.last_day, today) if holder.end else today


def lasted(holder: OfficeHolder, span: Span, today: dt.date) -> bool:
    """The term lasted as long as asked. One still running has lasted up to today: it may be
    longer than asked already, but not yet shorter nor about as long (it is not over)."""
    running = holder.end is None or holder.end.last_day > today
    years = years_between(holder.start.first_day, served_until(holder, today))
    if span.bound > 0:
        return years > span.years
    if running:
        return False
    if span.bound < 0:
        return years < span.years
    return abs(years - span.years) <= max(_LEAST_ABOUT, _ABOUT * span.years)
