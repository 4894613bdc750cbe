"""'Did it attend the next summit?' after a time in play: the first session after that time.

With a date in play (Armenia froze its participation in February 2024), "the next summit" is the
first regular session held after it, and "the previous summit" the last one before it; the
question is written out with that session named ("the Astana summit in November 2024"), as a
counted year is ("the year after" -> "2023"), so the ordinary reading answers of it.
"""

from __future__ import annotations

import datetime as dt

from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.models import REGULAR_SUMMIT_KINDS, Summit
from bot.core.language.lexicon import LEXICON, SUMMIT_WORDS
from bot.core.language.linking import Reading
from bot.core.understanding.memory import Topic
from bot.core.understanding.series import series_step
from bot.core.understanding.shifts import event_date

_EARLIER = LEXICON.words("earlier_in_series")
_LATER = LEXICON.words("later_in_series")
# "When is the next summit": present or future, the coming session, not one after a past time.
_COMING = LEXICON.words("coming_tense")
# "The next summit" means a regular session (REGULAR_SUMMIT_KINDS), unless it says session.
_SESSION_WORDS = frozenset(["session", "sessions", "meeting", "meetings"])
_TIMED_KINDS = frozenset(["summit", "conflict"])


def session_from_time(reading: Reading, memory: Topic | None, catalog: Catalog) -> str | None:
    """The question with "the next (previous) summit" written as the session after (before)
    the time in play; None when it steps to no session, names one or a year of its own, asks
    of the coming session, or no time is in play."""
    words = reading.corrected
    step = series_step(reading)
    if memory is None or not step or not reading.has_any(SUMMIT_WORDS):
        return None
    if reading.has_any(_COMING) or any(word.isdigit() for word in words):
        return None
    if any(catalog.kinds.get(i) == "summit" for i in reading.ids()):
        return None
    # The time in play, else the date of the summit or conflict the conversation is about (not
    # of one an answer happened to mention).
    lead = memory.entities[0] if memory.entities else ""
    timed = catalog.kinds.get(lead) in _TIMED_KINDS
    base = memory.date or (event_date(catalog, memory) if timed else None)
    if base is None:
        return None
    any_kind = reading.has_any(_SESSION_WORDS)
    series = [s for s in catalog.summits() if any_kind or s.kind in REGULAR_SUMMIT_KINDS]
    chosen = _after(series, base.last_day) if step > 0 else _before(series, base.first_day)
    if chosen is None or not chosen.city:
        return None
    named = f"{chosen.city.lower()} summit in {chosen.date.human().lower()}"
    out: list[str] = []
    for word in words:
        if word in _LATER or word in _EARLIER:
            continue  # the step is said by the session's name now
        out.append(named if word in SUMMIT_WORDS and named not in out else word)
    return " ".join(out)


def _after(series: list[Summit], day: dt.date) -> Summit | None:
    return next((s for s in series if s.date.first_day > day), None)


def _before(series: list[Summit], day: dt.date) -> Summit | None:
    return next((s for s in reversed(series) if s.date.last_day < day), None)
