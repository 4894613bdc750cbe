"""Groups near-identical questions ("whos the csto chief", "who is the csto chief?") together."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

T = TypeVar("T")

# token_sort_ratio forgives reordered words and small typos but, unlike the partial scorers,
# does not merge a short question into every longer one that contains it.
SIMILARITY = 85.0


def normalized(text: str) -> str:
    """The form questions are compared in: lower case, punctuation gone, spaces collapsed."""
    return " ".join(default_process(text).split())


def group_similar(
    items: Sequence[T], text: Callable[[T], str], similarity: float = SIMILARITY
) -> list[list[T]]:
    """Items grouped by similar text, largest groups first; each group keeps arrival order."""
    by_form: dict[str, list[T]] = {}
    for item in items:
        by_form.setdefault(normalized(text(item)), []).append(item)
    # The most frequent phrasing of a group becomes its representative.
    forms = sorted(by_form, key=lambda form: -len(by_form[form]))
    representatives: list[str] = []
    groups: list[list[T]] = []
    for form in forms:
        match = process.extractOne(
            form, representatives, scorer=fuzz.token_sort_ratio, score_cutoff=similarity
        )
        if match is None:
            representatives.append(form)
            groups.append(list(by_form[form]))
        else:
            groups[match[2]].extend(by_form[form])
    return sorted(groups, key=len, reverse=True)
