"""The clauses of time a question places itself by, and the words outside them."""

from __future__ import annotations

import re

from bot.core.answering.check import outside_time_clauses
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Reading
from bot.core.language.normalize import tokens

_BREAK = re.compile(r"[,;:?!.()]|\s[-\u2013\u2014]+\s")
# "During the 2020 war did Pashinyan ask ...": a yes/no question's verb starts the question
# proper, unmarked by a comma.
_QUESTION_VERBS = LEXICON.words("yes_no_openers")


def breaks(reading: Reading) -> frozenset[int]:
    """The indexes of the words that start anew after a comma, a question mark or a dash (none
    when the corrected words do not line up with the question's own)."""
    starts, count = [], 0
    for segment in _BREAK.split(reading.original):
        starts.append(count)
        count += len(tokens(segment))
    return frozenset(starts[1:]) if count == len(reading.corrected) else frozenset()


def clause_only_words(reading: Reading) -> frozenset[str]:
    """The words a question says only inside its clauses of time ("after the four-day war":
    "four", "day", "war"): they say when, and a fact of that time need not repeat them."""
    words = reading.corrected
    verbs = {index for index, word in enumerate(words) if index and word in _QUESTION_VERBS}
    main = outside_time_clauses(words, breaks(reading) | verbs)
    if len(main) == len(words):
        return frozenset()
    return frozenset(words) - frozenset(main)
