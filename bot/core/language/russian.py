"""Questions asked in Russian: common words read as English ones, inflected names as the names.

Language knowledge only, from russian.yaml. A Russian word, in Cyrillic or transliterated, is
replaced by the English words it stands for; a case form of a Russian name the knowledge holds
("в Армении") is read as that name ("армения"). Latin words the engine knows stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, StringConstraints

from bot.core.language.datafile import DataModel, read_data

Word = Annotated[str, StringConstraints(min_length=1)]
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# A Cyrillic word spelt letter for letter as a known Latin word is read as it only when this
# long: "он" is "on" to the letter, "нато" is "nato".
_MIN_SPELT = 4
# Words whose transliteration and stems are remembered: questions repeat their words a lot.
_CACHED_WORDS = 8192


class RussianFile(DataModel):
    """The shape of russian.yaml (see the comments in that file)."""

    translit: dict[Word, str]
    translit_initial: dict[Word, str]
    max_ending: Annotated[int, Field(ge=0)]
    words: dict[Word, str]
    before_number: dict[Word, Word]
    after_number: dict[Word, str]
    before_stem: dict[Word, dict[Word, Word]]
    after_stem: dict[Word, dict[Word, str]]
    stems: dict[Word, Word]
    endings: Word
    min_name_stem: Annotated[int, Field(ge=1)]
    min_latin_name_stem: Annotated[int, Field(ge=1)]
    min_latin_words: Annotated[int, Field(ge=1)]


@dataclass(frozen=True, slots=True)
class RussianWords:
    """The word lists of russian.yaml, ready for lookup."""

    translit: dict[str, str]
    translit_initial: dict[str, str]
    max_ending: int
    words: dict[str, tuple[str, ...]]
    before_number: dict[str, tuple[str, ...]]
    after_number: dict[str, tuple[str, ...]]
    before_stem: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
    after_stem: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
    stems: tuple[tuple[str, tuple[str, ...]], ...]  # longest stem first
    endings: tuple[str, ...]  # longest first
    min_name_stem: int
    min_latin_name_stem: int
    min_latin_words: int


@cache
def russian_words() -> RussianWords:
    """The shipped Russian word lists, read once."""
    raw = read_data(Path(__file__).with_name("russian.yaml"), RussianFile).model
    stems = sorted(raw.stems.items(), key=lambda pair: -len(pair[0]))
    return RussianWords(
        translit=dict(raw.translit),
        translit_initial=dict(raw.translit_initial),
        max_ending=raw.max_ending,
        words={word: tuple(english.split()) for word, english in raw.words.items()},
        before_number={word: tuple(english.split()) for word, english in raw.before_number.items()},
        after_number={word: tuple(english.split()) for word, english in raw.after_number.items()},
        before_stem={
            word: tuple((stem, tuple(english.split())) for stem, english in stems.items())
            for word, stems in raw.before_stem.items()
        },
        after_stem={
            word: tuple((stem, tuple(english.split())) for stem, english in stems.items())
            for word, stems in raw.after_stem.items()
        },
        stems=tuple((stem, tuple(english.split())) for stem, english in stems),
        endings=tuple(sorted(raw.endings.split(), key=len, reverse=True)),
        min_name_stem=raw.min_name_stem,
        min_latin_name_stem=raw.min_latin_name_stem,
        min_latin_words=raw.min_latin_words,
    )


def is_cyrillic(word: str) -> bool:
    """The word is written in Cyrillic."""
    return bool(_CYRILLIC.search(word))


@lru_cache(maxsize=_CACHED_WORDS)
def transliterate(word: str) -> str:
    """The word in Latin letters, as Russian is commonly transliterated ("погибло": "pogiblo")."""
    data = russian_words()
    first = data.translit_initial.get(word[:1])
    rest = "".join(data.translit.get(char, char) for char in word[1:])
    return (first if first is not None else data.translit.get(word[:1], word[:1])) + rest


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


def by_neighbours(latin: str, previous: str, following: str) -> tuple[str, ...] | None:
    """What a Russian word (Latin letters) means beside the words around it ("s" before a year
    is "since", "году" after one is nothing, "сколько" before "длилась" is "how long")."""
    data = russian_words()
    if following.isdigit() and latin in data.before_number:
        return data.before_number[latin]
    if previous.isdigit() and latin in data.after_number:
        return data.after_number[latin]
    after, before = transliterate(following), transliterate(previous)
    found = (e for stem, e in data.before_stem.get(latin, ()) if after.startswith(stem))
    found_after = (e for stem, e in data.after_stem.get(latin, ()) if before.startswith(stem))
    return next(found, None) or next(found_after, None)


@lru_cache(maxsize=_CACHED_WORDS)
def name_stems(word: str, min_stem: int = 0) -> tuple[str, ...]:
    """A Cyrillic word without each case ending it may have, longest stem first ("армении":
    "армени", "армен"; "армения": "армени"): two forms of one name share a stem. Stems are
    at least `min_stem` letters long (default: the data's `min_name_stem`)."""
    data = russian_words()
    shortest = min_stem or data.min_name_stem
    found = [word]
    for ending in reversed(data.endings):  # shortest ending first: longest stem first
        if word.endswith(ending) and len(word) - len(ending) >= shortest:
            found.append(word[: -len(ending)])
    return tuple(found)


class RussianReader:
    """Reads the Russian words of a question as English; built once per knowledge."""

    def __init__(
        self,
        known: frozenset[str],
        name_words: Iterable[str],
        names: Iterable[tuple[str, ...]] = (),
        latin_names: Iterable[str] = (),
    ) -> None:
        self.known = known
        # Russian names of several words ("Совет коллективной безопасности") are kept whole,
        # in whichever case they are asked ("Совета коллективной безопасности").
        self.phrases = frozenset(n for n in names if len(n) > 1 and any(map(is_cyrillic, n)))
        self.longest = max((len(n) for n in self.phrases), default=0)
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        # Longest first, then by spelling: a frozenset's own order is hash-seeded, and the
        # first phrase of a length that matches is the one read.
        for phrase in sorted(self.phrases, key=lambda phrase: (-len(phrase), phrase)):
            for stem in name_stems(phrase[0]):
                self.by_first.setdefault(stem, []).append(phrase)
        self.names: dict[str, str] = {}
        for word in sorted(name_words):
            if is_cyrillic(word):
                for stem in name_stems(word):
                    self.names.setdefault(stem, word)
        # Names the knowledge spells only in Latin letters ("Володина": "volodin").
        self.latin_names = {w: w for w in latin_names if not is_cyrillic(w)}
        # A name ending in -a loses it before a case ending ("Бордюжей": "bordyuzha").
        for name in sorted(self.latin_names):
            if name.isalpha() and name.endswith("a") and len(name) > russian_words().min_name_stem:
                self.latin_names.setdefault(name[:-1], name)

    def read(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The question's words with its Russian ones in English (or as the names they inflect)."""
        if not any(is_cyrillic(word) for word in words) and not self._latin_russian(words):
            return words
        read: list[str] = []
        index = 0
        while index < len(words):
            phrase = self._name_at(words, index)
            if phrase:
                read.extend(phrase)
                index += len(phrase)
                continue
            around = (words[index - 1] if index else "", words[index + 1 : index + 2] or ("",))
            read.extend(self._word(words[index], around[0], around[1][0]))
            index += 1
        return tuple(read)

    def _name_at(self, words: tuple[str, ...], start: int) -> tuple[str, ...]:
        """The Russian name of several words that starts at `start`, in the case the knowledge
        spells it (empty: none)."""
        for size in range(min(self.longest, len(words) - start), 1, -1):
            if words[start : start + size] in self.phrases:
                return words[start : start + size]
        for stem in name_stems(words[start]):
            for phrase in self.by_first.get(stem, ()):
                asked = words[start : start + len(phrase)]
                if len(asked) == len(phrase) and all(map(_same_name_word, asked, phrase)):
                    return phrase
        return ()

    def _name(self, word: str) -> str | None:
        """The one-word name a Cyrillic word is a case form of, if any."""
        return next((self.names[s] for s in name_stems(word) if s in self.names), None)

    def _latin_russian(self, words: tuple[str, ...]) -> bool:
        """Enough unknown Latin words are transliterated Russian ("skolko pogiblo ...")."""
        listed = [w for w in words if w not in self.known and english_of(w) is not None]
        return len(listed) >= russian_words().min_latin_words

    def _word(self, word: str, previous: str, following: str) -> tuple[str, ...]:
        if word.isdigit():
            return (word,)
        if is_cyrillic(word):
            # Russian words are read in English even when a cue lists them too ("сколько" is
            # "how many" to the answer check as well); a name's case form is the name.
            name = None if word in self.known else self._name(word)
            latin = transliterate(word)
            beside = by_neighbours(latin, previous, following)
            if beside is not None:
                return beside
            english = english_of(latin)
            if name is None and english is None and word not in self.known:
                name = self._latin_name(word)
            return (name,) if name is not None else english or (word,)
        if word in self.known:
            return (word,)
        return english_of(word) or (word,)

    def _latin_name(self, word: str) -> str | None:
        """The Latin name a Cyrillic word spells, in any case ("Ереване": "yerevan"), or the
        known word it spells letter for letter ("нато": "nato")."""
        latin = transliterate(word)
        if len(latin) >= _MIN_SPELT and latin in self.known:
            return latin
        # A stem must spell a whole Latin name here, so a shorter one is safe ("Засом": "zas").
        stems = name_stems(word, russian_words().min_latin_name_stem)
        return next(
            (self.latin_names[t] for t in map(transliterate, stems) if t in self.latin_names), None
        )


def _same_name_word(asked: str, named: str) -> bool:
    """Two words are one word of a name in two cases ("штаба", "штаб"); others must be equal."""
    if asked == named:
        return True
    if not (is_cyrillic(asked) and is_cyrillic(named)):
        return False
    return not set(name_stems(asked)).isdisjoint(name_stems(named))
