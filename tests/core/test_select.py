"""The shared selector picks dated records for now, a date, first, last, all, before and after."""

from __future__ import annotations

import datetime as dt

from bot.core.answering.select import (
    Selection,
    When,
    first_or_last,
    latest_by,
    pick,
)
from bot.core.knowledge.dates import PartialDate

TERMS = [
    ("a", dt.date(2000, 1, 1), dt.date(2004, 12, 31)),
    ("b", dt.date(2005, 1, 1), dt.date(2016, 6, 30)),
    ("c", dt.date(2017, 1, 1), None),
]
TODAY = dt.date(2026, 1, 1)


def _period(term):
    return term[1], term[2]


def _names(terms):
    return [term[0] for term in terms]


def test_now_is_the_term_covering_today():
    """NOW picks what covers today."""
    assert _names(pick(TERMS, _period, Selection(When.NOW), TODAY)) == ["c"]


def test_now_falls_back_on_the_latest_when_nothing_covers_today():
    """NOW with a gap today gives the latest record rather than nothing."""
    ended = TERMS[:2]
    assert _names(pick(ended, _period, Selection(When.NOW), TODAY)) == ["b"]


def test_at_a_date_picks_every_overlapping_term():
    """AT a year picks each term sharing a day with it."""
    year = PartialDate.parse("2016")
    assert _names(pick(TERMS, _period, Selection(When.AT, year), TODAY)) == ["b"]
    gap = PartialDate.parse("2016-08")
    assert pick(TERMS, _period, Selection(When.AT, gap), TODAY) == []


def test_first_last_and_all():
    """FIRST, LAST and ALL take the ends or everything."""
    assert _names(pick(TERMS, _period, Selection(When.FIRST), TODAY)) == ["a"]
    assert _names(pick(TERMS, _period, Selection(When.LAST), TODAY)) == ["c"]
    assert _names(pick(TERMS, _period, Selection(When.ALL), TODAY)) == ["a", "b", "c"]


def test_before_and_after_an_anchor():
    """BEFORE and AFTER step from the anchor; past either end there is nothing."""
    assert _names(pick(TERMS, _period, Selection(When.BEFORE, anchors=(1,)), TODAY)) == ["a"]
    assert _names(pick(TERMS, _period, Selection(When.AFTER, anchors=(1,)), TODAY)) == ["c"]
    assert pick(TERMS, _period, Selection(When.BEFORE, anchors=(0,)), TODAY) == []


def test_latest_by_year_takes_that_year_else_the_last_before():
    """latest_by gives the year's records, or the last one before it."""
    days = [dt.date(2010, 5, 1), dt.date(2012, 3, 1), dt.date(2012, 9, 1)]
    assert latest_by(days, lambda day: day, 2012) == days[1:]
    assert latest_by(days, lambda day: day, 2011) == days[:1]


def test_first_or_last_prefers_last():
    """'The last' wins over 'the first' when a question says both."""
    assert first_or_last(["x", "y"], first=True, last=True) == ["y"]
    assert first_or_last(["x", "y"], first=False, last=False) == []
