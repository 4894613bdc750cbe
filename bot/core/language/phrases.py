"""Finding many fixed phrases in a question's words at once: the phrases are indexed by their
first word, so a question is walked once instead of once per phrase (the lexicons hold hundreds
of phrases and the checks look for them on every question)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

Value = TypeVar("Value")


class PhraseTable(Generic[Value]):
    """Phrases (tuples of words), each with a value; where several start at one word they are
    tried in the order they were given."""

    __slots__ = ("_by_first",)

    def __init__(self, entries: Iterable[tuple[tuple[str, ...], Value]]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], Value]]] = {}
        for phrase, value in entries:
            if phrase:
                self._by_first.setdefault(phrase[0], []).append((phrase, value))

    def at(self, words: tuple[str, ...], index: int) -> Iterator[tuple[tuple[str, ...], Value]]:
        """The phrases that start at the index, in the order they were given."""
        if index >= len(words):  # no word there (a question of control characters reads empty)
            return
        for phrase, value in self._by_first.get(words[index], ()):
            if words[index : index + len(phrase)] == phrase:
                yield phrase, value

    def found(self, words: tuple[str, ...]) -> Iterator[tuple[int, tuple[str, ...], Value]]:
        """Every occurrence of every phrase: by where it starts, then in the order given."""
        for index, word in enumerate(words):
            if word in self._by_first:
                for phrase, value in self.at(words, index):
                    yield index, phrase, value
