"""Set aside a user's remarks about their sources or doubts ("i've seen different numbers")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from bot.core.language.datafile import DataModel, read_data
from bot.core.language.lexicon import (
    ANAPHORA,
    DOMAIN,
    LEXICON,
    NOT_SPECIFIC,
    STOPWORDS,
    SUMMIT_WORDS,
)
from bot.core.language.normalize import tokens
from bot.core.language.phrases import PhraseTable
from bot.core.language.temporal import find_dates

# Where one clause of a chat message ends: a sentence mark or colon, a comma or dash before a
# space, or brackets. A comma inside a number ("2,000") is not followed by a space: no split.
_CLAUSE_END = re.compile(r"((?<=[?.!;:])\s+|,\s+|\s+[-\u2013\u2014]+\s+|\s*[()]\s*)")


class _AsidesFile(DataModel):
    """The shape of asides.yaml (see the comments in that file)."""

    markers: list[str]
    tasks: list[str]
    task_openers: list[str]
    most_other_words: int


_Markers = tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1)
def _asides_file() -> _AsidesFile:
    return read_data(Path(__file__).parent / "asides.yaml", _AsidesFile).model


@lru_cache(maxsize=1)
def _asides() -> tuple[_Markers, _Markers, int]:
    raw = _asides_file()

    def ordered(phrases: list[str]) -> _Markers:
        return tuple(sorted((tuple(tokens(m)) for m in phrases), key=len, reverse=True))

    return ordered(raw.markers), ordered(raw.tasks), raw.most_other_words


@lru_cache(maxsize=1)
def _task_openers() -> _Markers:
    return tuple(tuple(tokens(opener)) for opener in _asides_file().task_openers)


# The end of a leading sentence: a full stop, colon or exclamation mark before a space.
_SENTENCE_END = re.compile(r"(?<=[.:!])\s+")


def without_task(question: str, names: Callable[[str], bool]) -> str | None:
    """The question without a leading sentence of what the asker is doing ("I'm updating a
    membership chart for December 2026."), however long; None when it opens with no such
    sentence, the sentence names something the facts know ("Working on a piece about
    Lukashenko."), or nothing is left. The sentence may still say what is asked about ("I'm
    working on the milk war."): read without it only when the question with it finds nothing."""
    pieces = _SENTENCE_END.split(question.strip(), maxsplit=1)
    if len(pieces) < 2 or not tokens(pieces[1]):
        return None
    sentence, rest = pieces
    words = tuple(tokens(sentence))
    opens = any(words[: len(opener)] == opener for opener in _task_openers())
    return rest if opens and not names(sentence) else None


_INTERROGATIVES = LEXICON.words("interrogatives")
# "And I wondered how big ...": words before a question word that only lead up to it.
_LEAD_IN = STOPWORDS | LEXICON.words("fillers")
_LEAD_IN_WORDS = 4
_FIRST_PERSON = LEXICON.words("first_person")
_POINTING = ANAPHORA | frozenset(["then"])
_TIMES = PhraseTable(
    (phrase, True)
    for phrase in (*itertools.chain(*LEXICON.anchor_phrases.values()), *LEXICON.then_phrases)
)
_WORD = re.compile(r"\w+")


def _asked_in(clause: str) -> str | None:
    """The clause from its question word on, when only a few lead-in words come before it
    ("and i wondered how big ..."); None when it asks nothing."""
    for count, found in enumerate(_WORD.finditer(clause)):
        word = found.group().lower()
        if word in _INTERROGATIVES:
            return clause[found.start() :]
        if count >= _LEAD_IN_WORDS or word not in _LEAD_IN:
            return None
    return None


_PREAMBLE_WORDS = 4  # "so my uncle keeps saying": fewer words are part of the question
_ASKED_WORDS = 3  # "where is it": a question word and two words more


def without_preamble(
    question: str, named: Callable[[str], list[str]], organization: str
) -> str | None:
    """The question asked last in a chat message, without the story before it ("so my uncle
    keeps saying it's run out of minsk, but where is the csto actually headquartered?"); None
    when no clause opens with a question word after a preamble of a few words.

    The preamble is dropped only when it cannot be what the question is about: it is the
    asker's own (first person) and asks nothing, it holds no date or time phrase, and the
    question either names a subject of its own or leans only on the organization ("quotes
    from some csto press guy - who was their spokesperson?"). Read without it only when the
    whole message finds nothing."""
    pieces = _CLAUSE_END.split(question.strip())  # clauses, each followed by its separator
    for index in range(len(pieces) - 1, 0, -2):  # the clauses stand at the even places
        opened = _asked_in(pieces[index])
        if opened is None:
            continue
        preamble = "".join(pieces[:index])
        asked = (opened + "".join(pieces[index + 1 :])).strip()
        told = tokens(preamble)
        if len(told) < _PREAMBLE_WORDS or len(tokens(asked)) < _ASKED_WORDS:
            return None
        if _FIRST_PERSON.isdisjoint(told) or "?" in preamble:
            return None  # not the asker's own story, or a question of its own
        if find_dates(preamble) or _tells_a_time(told):
            return None  # "a month before kabul fell, ...": the time the question is asked at
        # "Who was their spokesperson", "who chaired it then": what it leans on may be in the
        # story, unless the story names nothing but the organization.
        leans = not _POINTING.isdisjoint(tokens(asked))
        told_of = set(named(preamble)) <= {organization}
        return asked if told_of or (named(asked) and not leans) else None
    return None


def _tells_a_time(words: list[str]) -> bool:
    """The words tie something to a time ("after the summit", "at that time"), other than the
    asker's own ("before my exam")."""
    for start, phrase, _ in _TIMES.found(tuple(words)):
        following = words[start + len(phrase) : start + len(phrase) + 1]
        if _FIRST_PERSON.isdisjoint(following):
            return True
    return False


def _is_remark(clause: str, tasks: bool = False) -> bool:
    """The clause holds a marker (of doubt, or with `tasks` of the asker's task) and at most a
    couple of other telling words."""
    words = tokens(clause)
    doubts, task_markers, most = _asides()
    markers = task_markers if tasks else doubts
    rest = list(words)
    found = False
    for marker in markers:
        size = len(marker)
        for start in range(len(rest) - size + 1):
            if tuple(rest[start : start + size]) == marker:
                del rest[start : start + size]
                found = True
                break
    if not found:
        return False
    telling = [w for w in rest if w not in STOPWORDS and w not in NOT_SPECIFIC and not w.isdigit()]
    return len(telling) <= most


def set_aside(question: str, names: Callable[[str], bool] | None = None) -> tuple[str, bool]:
    """The question without its remarks, and whether it had any (a doubt about the sources).

    A question that is nothing but a remark is kept as it is: there is nothing else to read.
    A clause that `names` something the facts know ("i keep reading about a 2013 Sochi
    summit") says what is asked about, and is kept.
    """
    parts = _CLAUSE_END.split(question)
    clauses, separators = parts[0::2], parts[1::2]  # the split keeps what was split on
    kept: list[str] = []
    remarks = tasks = 0
    for index, clause in enumerate(clauses):
        # "need the full list for the graphic": what the asker needs it for, no doubt
        doubt = bool(clause.strip()) and _is_remark(clause)
        task = bool(clause.strip()) and not doubt and _is_remark(clause, tasks=True)
        # Only a remark is looked up for names (a reading of its own): other clauses are kept.
        if (doubt or task) and not (names and names(clause)):
            remarks += doubt
            tasks += task
            continue
        if kept:
            kept.append(separators[index - 1])
        kept.append(clause)
    text = "".join(kept).strip(" ,;-\u2013\u2014")
    if not (remarks or tasks) or not text.strip():
        return question, False
    return text, bool(remarks)


# A label the asker puts before the question ("for round 5:", "trick question -", "viral
# post:"): a few words, then a colon or a dash.
_LABEL = re.compile(r"(?P<label>[^:?!.]{1,80}?)(?::|\s+[-\u2013\u2014]+)\s+(?P<rest>.+)", re.DOTALL)
_LABEL_WORDS = 6
_TOPICAL = DOMAIN | SUMMIT_WORDS


def without_label(question: str, names: Callable[[str], bool]) -> str | None:
    """The question without a short label before a colon or dash ("for round 5: official death
    toll of ...", "round 6 draft: what does a member need ..."); None when there is none, or
    the label asks something or names something the facts know ("Kazakhstan 2022: ...")."""
    found = _LABEL.fullmatch(question.strip())
    if found is None:
        return None
    label = tokens(found["label"])
    if not label or len(label) > _LABEL_WORDS or not _INTERROGATIVES.isdisjoint(label):
        return None
    rest = found["rest"]
    if names(found["label"]) or len(tokens(rest)) < _ASKED_WORDS:
        return None
    # "ok back to the charter - where was it signed?": a label with a time or a word of the
    # domain says what the question is about.
    if find_dates(found["label"]) or not _TOPICAL.isdisjoint(label):
        return None
    return rest
