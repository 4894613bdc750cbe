"""One way to pick dated records: now, at a date, the first, all, or before/after an anchor.

Office holders, presidencies, summits, conflicts and exercises are all records with a period;
each responder says which records it has and how to read their period, and this picks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Role

T = TypeVar("T")
Period = tuple[dt.date, dt.date | None]  # first day, last day (None: still going)


class When(Enum):
    """Which of the dated records a question wants."""

    NOW = "now"
    AT = "at"
    FIRST = "first"
    LAST = "last"
    ALL = "all"
    BEFORE = "before"
    AFTER = "after"


@dataclass(frozen=True, slots=True)
class Selection:
    """What to pick: `date` for AT, `anchors` (indexes in date order) for BEFORE and AFTER."""

    when: When
    date: PartialDate | None = None
    anchors: tuple[int, ...] = ()


def overlaps(period: Period, date: PartialDate) -> bool:
    """True when a period and a (partial) date share at least one day."""
    start, end = period
    return start <= date.last_day and (end is None or date.first_day <= end)


def role_period(role: Role, today: dt.date | None = None) -> Period | None:
    """When a role is known to have been held: from its start (with none recorded, from the date
    a source saw it held) to its end; with a start and no end, to today (without one, still
    going); known only as held at a date, only then. None: never placed in time."""
    known_from = role.start or role.as_of
    if known_from is None:
        return None
    if role.end is not None:
        return known_from.first_day, role.end.last_day
    if role.start is not None:
        return known_from.first_day, today
    return known_from.first_day, known_from.last_day


def held_on(role: Role, date: PartialDate, today: dt.date | None = None) -> bool:
    """The role is known to have been held at some time of the date (see role_period)."""
    period = role_period(role, today)
    return period is not None and overlaps(period, date)


def covers(period: Period, day: dt.date) -> bool:
    """True when a period includes the day."""
    start, end = period
    return start <= day and (end is None or day <= end)


def in_order(records: Sequence[T], period: Callable[[T], Period]) -> list[T]:
    """The records by first day (a stable sort: equal days keep their order)."""
    return sorted(records, key=lambda record: period(record)[0])


def pick(
    records: Sequence[T], period: Callable[[T], Period], selection: Selection, today: dt.date
) -> list[T]:
    """The records the selection asks for, in date order; `records` must be in date order."""
    if selection.when is When.ALL:
        return list(records)
    if selection.when in (When.FIRST, When.LAST):
        return first_or_last(records, True, selection.when is When.LAST)
    if selection.when is When.AT and selection.date is not None:
        date = selection.date
        return [record for record in records if overlaps(period(record), date)]
    if selection.when in (When.BEFORE, When.AFTER) and selection.anchors:
        step = -1 if selection.when is When.BEFORE else 1
        index = (selection.anchors[0] if step < 0 else selection.anchors[-1]) + step
        return [records[index]] if 0 <= index < len(records) else []
    return [record for record in records if covers(period(record), today)] or list(records[-1:])


def first_or_last(records: Sequence[T], first: bool, last: bool) -> list[T]:
    """'The last summit', 'the first session': one end of records in date order (last wins)."""
    if last:
        return list(records[-1:])
    return list(records[:1]) if first else []


def latest_by(records: Sequence[T], day: Callable[[T], dt.date], year: int) -> list[T]:
    """The records of a year, else the last one before it (who held it then), in date order."""
    ordered = sorted(records, key=day)
    same = [record for record in ordered if day(record).year == year]
    return same or [record for record in ordered if day(record).year <= year][-1:]
