"""An answer to "when" that gives back only the date the question itself states.

"The first units landed in Almaty on 6 January 2022 - by what date had they all left?": the fact
of the landing on 6 January matches the question's words best, yet its date is the asker's own,
not the one asked. An answer whose every date, to the day, is one the question gives says nothing
the asker did not know.
"""

from __future__ import annotations

from bot.core.answering.check import Relation, asked
from bot.core.answering.respond import Request
from bot.core.api import Answer
from bot.core.language.lexicon import LEXICON
from bot.core.language.temporal import find_dates

_WHEN = frozenset({Relation.WHEN, Relation.DAY})
_YES_NO = LEXICON.words("yes_no_openers")


def date_given_back(request: Request, answer: Answer) -> str | None:
    """What to say instead of an answer dating only what the question dates itself, if so."""
    words = request.reading.corrected
    if not words or words[0] in _YES_NO:  # "was it on 6 January?": the date is what is checked
        return None
    if asked(words, request.understanding.dates).relation not in _WHEN:
        return None
    given = {date for date in find_dates(request.reading.original) if date.day is not None}
    told = set(find_dates(answer.text.split("[", 1)[0]))
    if not given or not told or not told <= given:
        return None
    return (
        "The only date I found on that is the one the question already gives, so I won't "
        "guess the date asked."
    )
