"""Answers to "who did it": a fact whose named agent does the act asked leads over one that
only mentions the act as a noun of others ("previous requests by Armenia")."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import TypeVar

from bot.core.answering.check import synonym_stems
from bot.core.answering.retrieval import stem

# A name (capitalised) right before a past-tense verb: "Kassym-Jomart Tokayev requested".
_NAME_THEN_VERB = re.compile(r"\b[A-Z][\w'-]*\s+([a-z]+ed)\b")

_Ranked = TypeVar("_Ranked")


def act_stems(words: Collection[str]) -> frozenset[str]:
    """The stems of the acts a question names, with their synonyms' ("asked" meets "requested")."""
    return frozenset().union(*(synonym_stems(word) for word in words))


def names_agent(text: str, acts: frozenset[str]) -> bool:
    """The text says a named agent did one of the acts: a name, then the act as a past verb."""
    return any(stem(verb) in acts for verb in _NAME_THEN_VERB.findall(text))


def agents_first(
    ranked: Sequence[_Ranked],
    acts: frozenset[str],
    read: Callable[[_Ranked], tuple[str, float, bool]],
) -> list[_Ranked]:
    """The ranked facts with those naming an agent of the act asked moved ahead, when the best
    names none and they cover the question as much and are of the time asked. `read` gives a
    ranked fact's text, coverage and whether it is of the time asked. The ranked facts already
    passed the check and score close to the best (see search._checked)."""
    if not ranked or not acts:
        return list(ranked)
    best_text, best_coverage, _ = read(ranked[0])
    if names_agent(best_text, acts):
        return list(ranked)

    def leads(hit: _Ranked) -> bool:
        text, coverage, in_time = read(hit)
        return in_time and coverage >= best_coverage and names_agent(text, acts)

    return sorted(ranked, key=lambda hit: not leads(hit))
