"""Partial dates: a year, a month or a day, as sources give them."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class PartialDate:
    """A date known to the year, the month or the day ("1993", "2016-10", "2016-10-14")."""

    __slots__ = ("day", "month", "year")

    def __init__(self, year: int, month: int | None = None, day: int | None = None) -> None:
        if month is None and day is not None:
            raise ValueError("a day needs a month")
        if not 1 <= year <= 9999:
            raise ValueError(f"year {year} is out of range")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"month {month} does not exist")
        if month is not None and day is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise ValueError(f"{year:04d}-{month:02d} has no day {day}")
        self.year = year
        self.month = month
        self.day = day

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """Read a YAML value (int year, date, or 'YYYY[-MM[-DD]]' text) as a partial date."""
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            return cls(value.year, value.month, value.day)
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, bool):  # bool is an int subclass; YAML "yes" must not become year 1
            raise ValueError("expected a date like 2016, 2016-10 or 2016-10-14")  # noqa: TRY004 - pydantic reports ValueError
        if isinstance(value, int):
            return cls(value)
        if isinstance(value, str):
            match = _PATTERN.match(value.strip())
            if match:
                year, month, day = match.groups()
                return cls(int(year), int(month) if month else None, int(day) if day else None)
        raise ValueError(f"expected a date like 2016, 2016-10 or 2016-10-14, not {value!r}")

    @property
    def first_day(self) -> dt.date:
        """The earliest calendar day this partial date can mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        """The latest calendar day this partial date can mean."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def overlaps(self, other: PartialDate) -> bool:
        """True when the two partial dates can mean at least one common day."""
        return self.first_day <= other.last_day and other.first_day <= self.last_day

    def human(self) -> str:
        """Render for people: '14 October 2016', 'October 2016' or '2016'."""
        if self.month is None:
            return str(self.year)
        if self.day is None:
            return f"{_MONTHS[self.month - 1]} {self.year}"
        return f"{self.day} {_MONTHS[self.month - 1]} {self.year}"

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __repr__(self) -> str:
        return f"PartialDate({str(self)!r})"

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PartialDate) and self._key() == other._key()

    def __lt__(self, other: PartialDate) -> bool:
        return self._key() < other._key()

    def __le__(self, other: PartialDate) -> bool:
        return self._key() <= other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    @classmethod
    def __get_pydantic_core_schema__(
        cls, _source: Any, _handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls.parse, serialization=core_schema.plain_serializer_function_ser_schema(str)
        )


def human_date(value: str) -> str:
    """'2012-06-28' as '28 June 2012' for people; text that is not a date is returned unchanged."""
    try:
        return PartialDate.parse(value).human()
    except ValueError:
        return value
