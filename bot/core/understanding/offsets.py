"""Times counted from an event: "the year after the deployment", "a few days after", "two months
before", "in the same year Belarus boycotted the summit".

The count is taken out of the question, so that the anchor phrase it stands before ("after",
"before") splits the question as usual; once the event's date is known, the count moves it to the
time asked, and bounds the stretch in which a neighbouring event ("the summit a few days after")
may lie.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.core.knowledge.dates import PartialDate
from bot.core.language.lexicon import LEXICON

_UNITS = {
    **dict.fromkeys(LEXICON.words("offset_days"), "day"),
    **dict.fromkeys(LEXICON.words("offset_weeks"), "week"),
    **dict.fromkeys(LEXICON.words("offset_months"), "month"),
    **dict.fromkeys(LEXICON.words("year_words"), "year"),
}
_ROUGH = LEXICON.words("rough_counts")
_OPENERS = LEXICON.words("offset_openers")
_RELATIONS = LEXICON.words("offset_relations")
_SAME = LEXICON.words("same_years")
_NUMBERS = LEXICON.numbers
# "A few days" is more than two and rarely more than this many; "a couple" about two.
_COUPLE = 2
_ROUGH_MOST = 5
_COUPLE_MOST = 3
_DAYS = {"day": 1, "week": 7}
# The longest a unit can be, in days: a window reaching this far misses no date of the count.
_UNIT_DAYS = {**_DAYS, "month": 31, "year": 366}
_MONTHS_IN_YEAR = 12
# The anchor phrase a same-time count stands for ("in the same year X" is "during X", by year).
SAME_TIME = "during"


@dataclass(frozen=True, slots=True)
class Offset:
    """A counted time: how many units, of which unit, and whether the count is only rough."""

    count: int
    unit: str  # "day", "week", "month" or "year"
    rough: bool = False

    def most(self) -> int:
        """The largest count the words allow ("a few": up to five)."""
        if not self.rough:
            return self.count
        return _COUPLE_MOST if self.count == _COUPLE else _ROUGH_MOST


def _count(word: str) -> tuple[int, bool] | None:
    """The number a word gives before a unit ("two", "3", "a", "few"), and whether it is rough."""
    if word in _ROUGH:
        return (_COUPLE if word == "couple" else _COUPLE + 1), True
    value = _NUMBERS.get(word, word)
    if value.isdigit():
        return int(value), False
    return (1, False) if word in _OPENERS else None


# Prepositions that only lead into a count of time ("in the year after").
_LEAD_INS = frozenset(["in", "within", "during"])


def split_offset(words: tuple[str, ...]) -> tuple[tuple[str, ...], Offset | None]:
    """The words without the count of time they give, and that count; the words unchanged and
    None when they count no time from an event."""
    same = _same_time(words)
    if same is not None:
        return same
    for index in range(2, len(words)):
        if words[index] not in _RELATIONS or words[index - 1] not in _UNITS:
            continue
        start = index - 2
        if words[start] == "of" and start > 0:  # "a couple of days after"
            start -= 1
        counted = _count(words[start])
        if counted is None:
            continue
        if words[start] in _OPENERS and words[index - 1].endswith("s"):
            continue  # "in the days after": a while after, not one day
        if counted[1] and start > 0 and words[start - 1] in _OPENERS:
            start -= 1  # "a few": the article belongs to the count
        if start > 0 and words[start - 1] in _LEAD_INS:
            start -= 1  # "in the year after the Yerevan summit, which city": "in" goes with it
        offset = Offset(counted[0], _UNITS[words[index - 1]], counted[1])
        return (*words[:start], *words[index:]), offset
    return words, None


def _same_time(words: tuple[str, ...]) -> tuple[tuple[str, ...], Offset] | None:
    """'In the same year Belarus boycotted the summit': the event's own year."""
    for index in range(1, len(words) - 2):
        if words[index] not in _SAME or words[index - 1] != "the" or words[index + 1] not in _UNITS:
            continue
        if _UNITS[words[index + 1]] not in ("year", "month"):
            return None
        start = index - 2 if index > 1 and words[index - 2] == "in" else index - 1
        end = index + 2
        if end < len(words) and words[end] in ("as", "that", "when"):
            end += 1
        offset = Offset(0, _UNITS[words[index + 1]])
        return (*words[:start], SAME_TIME, *words[end:]), offset
    return None


def _months_on(date: dt.date, months: int) -> PartialDate:
    """The month a number of months from the date's month."""
    total = date.year * _MONTHS_IN_YEAR + date.month - 1 + months
    return PartialDate(total // _MONTHS_IN_YEAR, total % _MONTHS_IN_YEAR + 1)


def counted_time(
    offset: Offset, relation: str, date: PartialDate, end: PartialDate | None
) -> PartialDate | None:
    """The time the count leads to from the event: a year for years, a month otherwise (the
    facts are dated to the month or day, and a rough count does not name the day); None when
    the event's date is too rough for the unit ("two months after 1999")."""
    sign = -1 if relation == "before" else 1
    base = date if relation != "after" else end or date
    if offset.unit == "year":
        return PartialDate(base.year + sign * offset.count)
    if base.month is None:
        return None
    edge = base.first_day if relation == "before" else base.last_day
    if offset.unit == "month":
        return _months_on(edge, sign * offset.count)
    if base.day is None:
        return None
    day = edge + dt.timedelta(days=sign * offset.count * _DAYS[offset.unit])
    return PartialDate(day.year, day.month)


def counted_window(
    offset: Offset, relation: str, date: PartialDate, end: PartialDate | None
) -> tuple[dt.date, dt.date] | None:
    """The stretch a neighbouring event may lie in: about the count away from the event ("a
    couple of years after": one to three years on; "a few days after": up to five days on);
    None for a same-time count."""
    if relation not in ("before", "after"):
        return None
    if offset.unit == "year" and not offset.rough:
        # "The summit the year after": one held in that year.
        year = (date if relation == "before" else end or date).year
        counted = year + (-offset.count if relation == "before" else offset.count)
        return dt.date(counted, 1, 1), dt.date(counted, 12, 31)
    unit = dt.timedelta(days=_UNIT_DAYS[offset.unit])
    # An exact count is met within a unit either side; a rough one from one unit on.
    least = 1 if offset.rough else max(offset.count - 1, 0)
    most = offset.most() + (0 if offset.rough else 1)
    near = max(unit * least, dt.timedelta(days=1))
    if relation == "before":
        edge = date.first_day
        return edge - unit * most, edge - near
    edge = (end or date).last_day
    return edge + near, edge + unit * most
