"""Dates named in a question: "in 2010", "October 2016", "14 Oct 2016", "2016-10-14", "в 2022"."""

from __future__ import annotations

import re

from bot.core.knowledge.dates import PartialDate
from bot.core.language.lexicon import LEXICON
from bot.core.language.phrases import PhraseTable

_MONTHS = LEXICON.months
_MAY_FORMS = LEXICON.may_forms  # Russian "ма" is too short a prefix to trust inside other words
_YEAR = r"(19[89]\d|20[0-4]\d)"
_ISO = re.compile(rf"\b{_YEAR}-(\d{{1,2}})(?:-(\d{{1,2}}))?\b")
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+([a-zа-я]+)\.?\s*,?\s+{_YEAR}\b")
_MONTH_DAY_YEAR = re.compile(rf"\b([a-zа-я]+)\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b")
_MONTH_YEAR = re.compile(rf"\b([a-zа-я]+)\.?\s+(?:of\s+)?{_YEAR}\b")
_BARE_YEAR = re.compile(rf"(?<![\d-]){_YEAR}(?![\d-])")
# A looser four-digit year (1800-2099) for scanning fact and answer text, shared so the
# responders and checks agree on what counts as a year.
ANY_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _month(word: str) -> int | None:
    word = word.casefold()
    if len(word) < 3 and word not in _MONTHS:
        return None
    for prefix, number in _MONTHS.items():
        if word.startswith(prefix) and (len(prefix) >= 3 or word in _MAY_FORMS):
            return number
    return None


def _safe(year: str, month: int | None = None, day: str | None = None) -> PartialDate | None:
    try:
        return PartialDate(int(year), month, int(day) if day and month else None)
    except ValueError:
        return None


def merge_dates(first: list[PartialDate], second: list[PartialDate]) -> list[PartialDate]:
    """Both readings' dates, dropping a bare year that a more precise date of it covers."""
    merged = list(dict.fromkeys([*first, *second]))
    precise = {(d.year) for d in merged if d.month is not None}
    return [d for d in merged if d.month is not None or d.year not in precise]


def is_date_word(word: str) -> bool:
    """A year or a month name ("2016", "october", "окт")."""
    return bool(_BARE_YEAR.fullmatch(word)) or _month(word) is not None


def month_named(word: str) -> bool:
    """A month's name, in full or short ("october", "oct", "окт")."""
    return _month(word) is not None


_SHORT_YEAR_OPENERS = LEXICON.words("short_year_openers")
_STOPWORDS = LEXICON.words("stopwords")
# Two-digit years from this one on are of the 1900s ("in 99"), below it of the 2000s ("in 22"):
# the organization's history starts in 1992.
_CENTURY_PIVOT = 90
_FIRST_CENTURY_YEAR = 1900
_SECOND_CENTURY_YEAR = 2000
_MAX_SHORT_YEAR = 49


def full_years(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words with a two-digit year written out: "signed in 92" is 1992, "in 99 that" 1999.

    Only right after a word that opens a year ("in", "since"), or a month in a question with no
    other year ("oct 16"), and before nothing or a small word: "in 14 strategic sites" counts
    sites, "by 28 september" is a day.
    """
    out = list(words)
    # "the meeting in oct 16": with no year of its own, a month's two-digit number is its year
    # (a day without a year names no date the facts could hold).
    yearless = not any(_BARE_YEAR.fullmatch(word) for word in words)
    for index, word in enumerate(words):
        if len(word) != 2 or not word.isdigit() or index == 0:
            continue
        after_month = yearless and _month(words[index - 1]) is not None
        if words[index - 1] not in _SHORT_YEAR_OPENERS and not after_month:
            continue
        following = words[index + 1] if index + 1 < len(words) else None
        if following is not None and following not in _STOPWORDS:
            continue
        number = int(word)
        if number >= _CENTURY_PIVOT:
            out[index] = str(_FIRST_CENTURY_YEAR + number)
        elif number <= _MAX_SHORT_YEAR:
            out[index] = str(_SECOND_CENTURY_YEAR + number)
    return tuple(out)


_TIME_PARTS = LEXICON.words("time_parts")
_LAST_DAY = 31


def _is_day(word: str) -> bool:
    """A day of the month as a number ("27" in "27 November")."""
    return word.isdigit() and 1 <= int(word) <= _LAST_DAY


# Words between a part of a time and its date ("the end of September").
_TIME_PART_LINKS = LEXICON.words("time_part_links")


def time_parts(words: tuple[str, ...]) -> frozenset[str]:
    """The words that say which part of a date is meant ("early October 2016", "by the end of
    September", the day of "27 November 2025"): they narrow the time, they are not what the
    question asks about."""
    found = set()
    for index, word in enumerate(words):
        following_word = words[index + 1] if index + 1 < len(words) else ""
        if _is_day(word) and _month(following_word) is not None:
            found.add(word)
            continue
        if word not in _TIME_PARTS:
            continue
        following = [w for w in words[index + 1 : index + 4] if w not in _TIME_PART_LINKS]
        if following and is_date_word(following[0]):
            found.add(word)
    return frozenset(found) | _days_of_month(words)


_LAST_DAY = 31


def _days_of_month(words: tuple[str, ...]) -> frozenset[str]:
    """The day of a date ("23 november", "november 23rd"): the date says when; a fact dated to
    the month need not write the day to be of that time."""
    found = set()
    for index, word in enumerate(words):
        digits = word.rstrip("stndrh")
        if not digits.isdigit() or not 1 <= int(digits) <= _LAST_DAY:
            continue
        beside = words[max(index - 1, 0) : index] + words[index + 1 : index + 2]
        if any(_month(other) is not None for other in beside):
            found.add(word)
    return frozenset(found)


_NOW_PHRASES = PhraseTable((phrase, None) for phrase in LEXICON.now_phrases)


def now_words(words: tuple[str, ...]) -> frozenset[str]:
    """The words of a phrase for the present ("these days", "right now"): a time, no topic."""
    return frozenset(word for _, phrase, _ in _NOW_PHRASES.found(words) for word in phrase)


_HORIZON_WORDS = "|".join(
    re.escape(phrase) for phrase in sorted(LEXICON.horizon_phrases, key=len, reverse=True)
)
_PLAN_NOUNS = "|".join(sorted(LEXICON.words("horizon_nouns"), key=len, reverse=True))
# "the strategy to 2025", and "the 2025 strategy": a year that names a plan's horizon.
_HORIZON = re.compile(rf"\b(?:(?:{_HORIZON_WORDS})\s+{_YEAR}\b|{_YEAR}\s+(?:{_PLAN_NOUNS})\b)")


def find_dates(text: str) -> list[PartialDate]:
    """Every date or year in the text, most precise first, without repeats."""
    text = text.casefold()
    found: list[PartialDate] = []
    # "the strategy to 2025" names a horizon, not when something happened.
    spans: list[tuple[int, int]] = [match.span() for match in _HORIZON.finditer(text)]

    def keep(date: PartialDate | None, span: tuple[int, int]) -> None:
        if date is None or any(a <= span[0] < b for a, b in spans):
            return
        spans.append(span)
        if date not in found:
            found.append(date)

    for match in _ISO.finditer(text):
        keep(_safe(match[1], int(match[2]), match[3]), match.span())
    for match in _DAY_MONTH_YEAR.finditer(text):
        month = _month(match[2])
        if month:
            keep(_safe(match[3], month, match[1]), match.span())
    for match in _MONTH_DAY_YEAR.finditer(text):
        month = _month(match[1])
        if month:
            keep(_safe(match[3], month, match[2]), match.span())
    for match in _MONTH_YEAR.finditer(text):
        month = _month(match[1])
        if month:
            keep(_safe(match[2], month), match.span())
    for match in _BARE_YEAR.finditer(text):
        keep(_safe(match[1]), match.span())
    return found
