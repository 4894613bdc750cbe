"""Whether a description of something, undated, is given for a question placed at a time."""

from __future__ import annotations

import re

from bot.core.answering.respond import Request
from bot.core.api import Answer
from bot.core.knowledge.dates import PartialDate
from bot.core.language.lexicon import LEXICON
from bot.core.understanding.intent import Intent

# Records that describe what a body, the organization or a person is, not what happened when.
_DESCRIPTIONS = frozenset({Intent.BODY_OVERVIEW, Intent.ORG_OVERVIEW, Intent.PERSON_OVERVIEW})
_WHAT = LEXICON.words("what")


def describes_another_time(request: Request, answer: Answer) -> bool:
    """Asked what a body did at a time ("what did the Collective Security Council decide on 19
    December 2012"), a description of the body with no fact of that month (or year, asked by
    the year alone) says nothing of then: what it is, not what it did."""
    if answer.intent not in _DESCRIPTIONS or not request.understanding.dates:
        return False
    # Asked what, in so many words: a claim put to be checked ("Zas took over in 2017, right?",
    # "was the 2016 drill carried out by the KSOR?") is answered by the record it names.
    if not request.reading.has_any(_WHAT):
        return False
    return not any(_of_the_time(date, answer) for date in request.understanding.dates)


def _of_the_time(date: PartialDate, answer: Answer) -> bool:
    """A fact of the answer is dated within the month asked (the year, asked by it alone), or,
    asked by the year alone, the answer names it ("Prime Minister (from 2018)")."""
    month = f"-{date.month:02d}" if date.month is not None else ""
    within = f"{date.year:04d}{month}"
    if any(fact.date is not None and fact.date.startswith(within) for fact in answer.facts):
        return True
    return date.month is None and re.search(rf"\b{date.year}\b", answer.text) is not None
