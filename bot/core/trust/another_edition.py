"""A drill or summit of another year given for a question that names its own year ("and the
2021 one, where did that start" answered with Indestructible Brotherhood-2022)."""

from __future__ import annotations

import re

from bot.core.answering.respond import Request
from bot.core.api import Answer
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Exercise, Summit
from bot.core.language.lexicon import LEXICON


def _held_in(entity: object) -> PartialDate | None:
    """When a drill began or a summit met; None for anything else."""
    if isinstance(entity, Exercise):
        return entity.start
    if isinstance(entity, Summit):
        return entity.date
    return None


_OCCASION_RECORDS = ("exercise.", "summit.")
_BOUNDS = frozenset({"after", "before", "since", "until", "till", "between", "from", "by"})


def another_edition(request: Request, answer: Answer) -> str | None:
    """What to say instead when every drill or summit the answer is about was held in another
    year than each the question names: it is another edition of the series, not the one asked.
    (An answer about no drill or summit, or one of the year asked, is left to other checks.)"""
    years = {date.year for date in request.understanding.dates}
    # Only a drill's or a summit's own record, read for the occasion the question is about (a
    # list of members "in 2010" names a session of another year only as a landmark).
    if not years or not answer.intent.startswith(_OCCASION_RECORDS):
        return None
    # "The first summit after 2015": the year bounds the one asked, it is not its year.
    if request.reading.has_any(_BOUNDS):
        return None
    subjects = set(request.understanding.subjects)
    held = [
        date
        for date in (
            _held_in(request.catalog.entities.get(entity))
            for entity in answer.entities
            if entity in subjects
        )
        if date is not None
    ]
    if not held or any(date.year in years for date in held):
        return None
    asked = " or ".join(str(year) for year in sorted(years))
    return (
        f"What I found is of another year, not {asked}, so I won't guess. "
        f"Did you mean the one held in {asked}? Could you name it?"
    )


_EXERCISE = LEXICON.words("exercise")
# "Interaction-2022", "Rubezh 2019": a series' name joined to a year names one of its editions.
_EDITION = re.compile(r"\b[^\W\d_]{4,}-(?:19|20)\d\d\b")


def edition_unknown(request: Request, answer: Answer) -> str | None:
    """What to say instead when a question names a drill or an edition of a series ("where was
    interaction-2022 held") and gets one of the organization's standing records (its
    headquarters): the drill asked is not one the fact base knows, and the record is not of it."""
    if not answer.intent.startswith("org.") or not request.understanding.dates:
        return None
    if not (request.reading.has_any(_EXERCISE) or _EDITION.search(request.reading.original)):
        return None
    if any(request.catalog.kinds.get(entity) == "exercise" for entity in answer.entities):
        return None
    return (
        "I don't know that drill or edition from the fact base, so I won't guess. "
        "Could you give its full name?"
    )
