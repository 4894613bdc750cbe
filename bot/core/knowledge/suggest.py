"""'Did you mean' for names an editor typed: the closest valid names, when any is close enough."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process, utils

# Below this similarity (0-100) a guess misleads more than it helps.
_CUTOFF = 70.0
# A runner-up this close to the best is offered too: picking one of two near-ties would mislead.
_TIE = 5.0


def closest(word: str, choices: Iterable[str]) -> list[str]:
    """The one or two choices most like `word` (case and punctuation ignored), or []."""
    matches = process.extract(
        word,
        sorted(set(choices)),
        scorer=fuzz.ratio,
        processor=utils.default_process,
        score_cutoff=_CUTOFF,
        limit=2,
    )
    if not matches:
        return []
    best_score = matches[0][1]
    return [str(choice) for choice, score, _ in matches if best_score - score <= _TIE]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """ " — did you mean 'x'?" (or "'x' or 'y'") for the closest choices, or ''."""
    guesses = [guess for guess in closest(word, choices) if guess != word]
    if not guesses:
        return ""
    return " — did you mean " + " or ".join(f"'{guess}'" for guess in guesses) + "?"
