"""A count asked of one state's own part ("how many Kyrgyz troops took part in Rubezh-2016")
answered with the whole: the total says nothing of that state's share."""

from __future__ import annotations

import re

from bot.core.answering.check import Relation, asked
from bot.core.answering.offices import states_before
from bot.core.answering.respond import Request
from bot.core.answering.respond.search import name_stems, recorded_lines
from bot.core.answering.retrieval import stems
from bot.core.api import Answer
from bot.core.language.lexicon import LEXICON
from bot.core.language.normalize import tokens

_UNIT_NOUNS = LEXICON.words("unit_nouns")
# A figure, then up to three words ("about 2,000 Russian paratroopers"), then what it counts.
_FIGURE = re.compile(r"\d[\d,. ]*\d|\d")
_NEAR = 4
_PREFIX = 5


def _names(names: frozenset[str], words: frozenset[str]) -> bool:
    """A name said, or its people's word ("Kyrgyz" for Kyrgyzstan): one begins the other."""
    return not names.isdisjoint(words) or any(
        min(len(word), len(name)) >= _PREFIX and (word.startswith(name) or name.startswith(word))
        for name in names
        for word in words
    )


def _counts_units(line: str) -> bool:
    """The line gives a figure of troops, soldiers, a unit ("7,000 troops")."""
    words = tokens(line)
    return any(
        _FIGURE.fullmatch(word) is not None
        and not _UNIT_NOUNS.isdisjoint(words[index + 1 : index + 1 + _NEAR])
        for index, word in enumerate(words)
    )


def share_unsaid(request: Request, answer: Answer) -> str | None:
    """What to say instead when "how many <state's> troops" gets no line that names the state
    and gives a figure of troops: the total of an exercise or a deployment is not its share."""
    question = asked(request.reading.corrected, request.understanding.dates)
    if question.relation is not Relation.COUNT:
        return None
    words = request.reading.corrected
    catalog = request.catalog
    before = states_before(
        request, lambda words, end: end < len(words) and words[end] in _UNIT_NOUNS
    )
    # Only a state's people's word ("Kyrgyz troops", "Russian soldiers") names its share; "kz
    # troops" or "Kazakhstan troops" may as well be the troops sent there.
    shares = {
        mention.entity_id
        for mention in request.reading.mentions
        if mention.entity_id in before
        and all(
            len(word) >= _PREFIX and word not in tokens(catalog.entities[mention.entity_id].name)
            for word in words[mention.start : mention.end]
        )
    }
    if not shares:
        return None
    lines = [*re.split(r"(?<=[.;])\s+", answer.text), *answer.items, *recorded_lines(answer)]
    for state in sorted(shares):
        names = name_stems(catalog, state)
        if not any(_names(names, stems(line)) and _counts_units(line) for line in lines):
            name = catalog.entities[state].name
            return (
                f"The fact base gives no figure for {name}'s own part, only what it records of "
                "the whole, so I won't guess."
            )
    return None
