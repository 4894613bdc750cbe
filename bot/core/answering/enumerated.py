"""A count of states asked ("how many countries signed it") that a fact answers by naming them
in a list ("signed by Armenia, Kazakhstan, ... and Uzbekistan"): the names, counted."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.core.answering.check import counted_thing
from bot.core.answering.respond import Request, spoken_list
from bot.core.api import Answer
from bot.core.language.lexicon import LEXICON

_STATE_NOUNS = LEXICON.words("state_nouns")
# What may stand between two names of one list: ", ", " and ", ", and ".
_BETWEEN = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# Fewer names than this are a pair a sentence names, not a list to count.
_LEAST = 3
# "six states", "6 member states": a count of states a fact already says.
_NUMBERS = "|".join([*sorted(LEXICON.numbers, key=len, reverse=True), r"\d+"])
_COUNTED = re.compile(
    rf"\b(?:{_NUMBERS})\s+(?:\w+\s+)?(?:{'|'.join(sorted(_STATE_NOUNS))})\b", re.IGNORECASE
)


def counts_states(request: Request) -> bool:
    """The question asks how many states ("how many countries signed", "number of members")."""
    names = frozenset(request.reading.named_words())
    return counted_thing(request.reading.corrected, names) in _STATE_NOUNS


def listed_states(text: str, names: Sequence[str]) -> list[str]:
    """The longest run of state names the text lists ("A, B and C"), in its order; none when
    the longest is shorter than a list."""
    found = sorted(
        (match.start(), match.end(), name)
        for name in names
        for match in re.finditer(rf"\b{re.escape(name)}\b", text)
    )
    runs: list[list[str]] = []
    end = 0
    for start, stop, name in found:
        if runs and _BETWEEN.fullmatch(text[end:start]):
            runs[-1].append(name)
        else:
            runs.append([name])
        end = stop
    longest = max(runs, key=len, default=[])
    return longest if len(longest) >= _LEAST else []


def enumerates_states(request: Request, answer: Answer) -> bool:
    """One of the answer's facts lists the states counted."""
    names = [country.name for country in request.catalog.countries()]
    return any(listed_states(fact.text, names) for fact in answer.facts)


def with_states_counted(request: Request, answer: Answer) -> Answer:
    """The answer led by the count of the states its first listing fact names ("6 states:
    ..."), when the question asks how many states and no fact of the answer counts them itself."""
    if not answer.answered or not counts_states(request):
        return answer
    if _COUNTED.search(answer.text):
        return answer  # "six states signed a protocol": the fact counts them already
    names = [country.name for country in request.catalog.countries()]
    for fact in answer.facts:
        listed = listed_states(fact.text, names)
        if listed:
            lead = f"{len(listed)} states: {spoken_list(listed)}. {answer.markers(fact.sources)}"
            return replace(answer, text=f"{lead} {answer.text}")
    return answer
