"""Everyday phrases read as the plain words they mean ("what came out of" the summit is its
outcome, a "get-together" of the leaders is a summit); the phrases live in lexicon.yaml."""

from __future__ import annotations

from bot.core.language.lexicon import LEXICON
from bot.core.language.phrases import PhraseTable

_IDIOMS = PhraseTable(LEXICON.idioms)
_FIRST_WORDS = frozenset(phrase[0] for phrase, _ in LEXICON.idioms)


def plain_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words with every idiom of the lexicon replaced by the words it means."""
    return tuple(word for word, _ in plain_pairs(words, [0] * len(words)))


def plain_pairs(words: tuple[str, ...], edits: list[int]) -> list[tuple[str, int]]:
    """Corrected words with their edit distances, every idiom replaced by the words it means
    (read after spelling correction: "comming back" is "coming back" first)."""
    if _FIRST_WORDS.isdisjoint(words):
        return list(zip(words, edits, strict=True))
    out: list[tuple[str, int]] = []
    index = 0
    while index < len(words):
        for phrase, meaning in _IDIOMS.at(words, index):
            out.extend((word, 0) for word in meaning)
            index += len(phrase)
            break
        else:
            out.append((words[index], edits[index]))
            index += 1
    return out
