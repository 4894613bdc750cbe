"""Questions asked in Russian: common words read as English ones, inflected names as the names.

Language knowledge only, from russian.yaml. A Russian word, in Cyrillic or transliterated, is
replaced by the English words it stands for; a case form of a Russian name the knowledge holds
("в Армении") is read as that name ("армения"). Latin words the engine knows stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, StringConstraints

from bot.core.language.datafile import DataModel, read_data

Word = Annotated[str, StringConstraints(min_length=1)]
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


class RussianFile(DataModel):
    """The shape of russian.yaml (see the comments in that file)."""

    translit: dict[Word, str]
    max_ending: Annotated[int, Field(ge=0)]
    words: dict[Word, str]
    stems: dict[Word, Word]
    endings: Word
    min_name_stem: Annotated[int, Field(ge=1)]
    min_latin_words: Annotated[int, Field(ge=1)]


@dataclass(frozen=True, slots=True)
class RussianWords:
    """The word lists of russian.yaml, ready for lookup."""

    translit: dict[str, str]
    max_ending: int
    words: dict[str, tuple[str, ...]]
    stems: tuple[tuple[str, tuple[str, ...]], ...]  # longest stem first
    endings: tuple[str, ...]  # longest first
    min_name_stem: int
    min_latin_words: int


@cache
def russian_words() -> RussianWords:
    """The shipped Russian word lists, read once."""
    raw = read_data(Path(__file__).with_name("russian.yaml"), RussianFile).model
    stems = sorted(raw.stems.items(), key=lambda pair: -len(pair[0]))
    return RussianWords(
        translit=dict(raw.translit),
        max_ending=raw.max_ending,
        words={word: tuple(english.split()) for word, english in raw.words.items()},
        stems=tuple((stem, tuple(english.split())) for stem, english in stems),
        endings=tuple(sorted(raw.endings.split(), key=len, reverse=True)),
        min_name_stem=raw.min_name_stem,
        min_latin_words=raw.min_latin_words,
    )


def is_cyrillic(word: str) -> bool:
    """The word is written in Cyrillic."""
    return bool(_CYRILLIC.search(word))


def transliterate(word: str) -> str:
    """The word in Latin letters, as Russian is commonly transliterated ("погибло": "pogiblo")."""
    table = russian_words().translit
    return "".join(table.get(char, char) for char in word)


def english_of(word: str) -> tuple[str, ...] | None:
    """The English words a Russian word (Latin letters) stands for, or None if it is not listed."""
    data = russian_words()
    whole = data.words.get(word)
    if whole is not None:
        return whole
    for stem, english in data.stems:
        if word.startswith(stem) and len(word) - len(stem) <= data.max_ending:
            return english
    return None


def name_stems(word: str) -> list[str]:
    """A Cyrillic word without each case ending it may have, longest stem first ("армении":
    "армени", "армен"; "армения": "армени"): two forms of one name share a stem."""
    data = russian_words()
    found = [word]
    for ending in sorted(data.endings, key=len):
        if word.endswith(ending) and len(word) - len(ending) >= data.min_name_stem:
            found.append(word[: -len(ending)])
    return found


class RussianReader:
    """Reads the Russian words of a question as English; built once per knowledge."""

    def __init__(
        self,
        known: frozenset[str],
        name_words: Iterable[str],
        names: Iterable[tuple[str, ...]] = (),
    ) -> None:
        self.known = known
        # Russian names of several words ("Совет коллективной безопасности") are kept whole.
        self.phrases = frozenset(n for n in names if len(n) > 1 and any(map(is_cyrillic, n)))
        self.longest = max((len(n) for n in self.phrases), default=0)
        self.names: dict[str, str] = {}
        for word in sorted(name_words):
            if is_cyrillic(word):
                for stem in name_stems(word):
                    self.names.setdefault(stem, word)

    def read(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The question's words with its Russian ones in English (or as the names they inflect)."""
        if not any(is_cyrillic(word) for word in words) and not self._latin_russian(words):
            return words
        read: list[str] = []
        index = 0
        while index < len(words):
            kept = self._name_at(words, index)
            if kept:
                read.extend(words[index : index + kept])
                index += kept
                continue
            read.extend(self._word(words[index]))
            index += 1
        return tuple(read)

    def _name_at(self, words: tuple[str, ...], start: int) -> int:
        """How many words from `start` make a Russian name of several words (0: none)."""
        for size in range(min(self.longest, len(words) - start), 1, -1):
            if words[start : start + size] in self.phrases:
                return size
        return 0

    def _name(self, word: str) -> str | None:
        """The one-word name a Cyrillic word is a case form of, if any."""
        return next((self.names[s] for s in name_stems(word) if s in self.names), None)

    def _latin_russian(self, words: tuple[str, ...]) -> bool:
        """Enough unknown Latin words are transliterated Russian ("skolko pogiblo ...")."""
        listed = [w for w in words if w not in self.known and english_of(w) is not None]
        return len(listed) >= russian_words().min_latin_words

    def _word(self, word: str) -> tuple[str, ...]:
        if word.isdigit():
            return (word,)
        if is_cyrillic(word):
            # Russian words are read in English even when a cue lists them too ("сколько" is
            # "how many" to the answer check as well); a name's case form is the name.
            name = None if word in self.known else self._name(word)
            english = english_of(transliterate(word))
            return (name,) if name is not None else english or (word,)
        if word in self.known:
            return (word,)
        return english_of(word) or (word,)
