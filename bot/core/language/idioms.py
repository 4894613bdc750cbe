"""Everyday phrases read as the plain words they mean ("what came out of" the summit is its
outcome, a "get-together" of the leaders is a summit); the phrases live in lexicon.yaml."""

from __future__ import annotations

from bot.core.language.lexicon import LEXICON

_IDIOMS = LEXICON.idioms
_FIRST_WORDS = frozenset(phrase[0] for phrase, _ in _IDIOMS)


def plain_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words with every idiom of the lexicon replaced by the words it means."""
    if _FIRST_WORDS.isdisjoint(words):
        return words
    out: list[str] = []
    index = 0
    while index < len(words):
        for phrase, meaning in _IDIOMS:
            if words[index : index + len(phrase)] == phrase:
                out.extend(meaning)
                index += len(phrase)
                break
        else:
            out.append(words[index])
            index += 1
    return tuple(out)
