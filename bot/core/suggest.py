"""'Did you mean' for names an editor typed: the closest valid name, when one is close enough."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process, utils

# Below this similarity (0-100) a guess misleads more than it helps.
_CUTOFF = 70.0


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice most like `word` (case and punctuation ignored), or None if none is close."""
    match = process.extractOne(
        word,
        list(choices),
        scorer=fuzz.ratio,
        processor=utils.default_process,
        score_cutoff=_CUTOFF,
    )
    return None if match is None else str(match[0])


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """' — did you mean 'x'?' for the closest choice, or '' when nothing is close."""
    guess = closest(word, choices)
    return "" if guess is None or guess == word else f" — did you mean '{guess}'?"
