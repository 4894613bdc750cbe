"""'Who else left at the same time?': the relation just asked, of the others, not the one in play.

"Else" says the subject in play is already answered: the question is the same relation asked of
everyone ("who left in 1999"), at the time in play when it points at it ("at the same time"),
with "that" standing for what the last question asked ("who else got that in 2013" after Serbia's
status: who got that status in 2013).
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.knowledge.catalog import Catalog
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Reading
from bot.core.language.normalize import tokens
from bot.core.understanding.memory import Topic

_ELSE = LEXICON.words("someone_else")
_SOMEONE = LEXICON.words("someone")
_SET_ASIDE = LEXICON.words("set_aside")
_SET_ASIDE_PAIRS = LEXICON.words("set_aside_pairs")
_SET_ASIDE_SECONDS = LEXICON.words("set_aside_seconds")
# What "besides" may point at: the ones in play ("those two", "them"), never a name; the
# counts and "the" only beside a pointer.
_POINTERS = LEXICON.words("set_aside_pointers")
_POINTED = _POINTERS | frozenset(LEXICON.numbers) | frozenset(["the", "one", "ones"])
_THEN = LEXICON.then_phrases
# "That" and "it" standing for what was asked, not for a subject.
_THAT = LEXICON.words("anaphora") & frozenset(["that", "it", "this"])
# The subjects "who else" sets aside: whoever or whatever answered the relation (schema kinds);
# the events in play (the summit, the conflict) stay the frame the question is asked in.
_ANSWERERS = frozenset(["country", "person", "body"])


def others_question(reading: Reading, topic: Topic | None) -> str | None:
    """The question asked of everyone ("who left in 1999"), or None when it says no "else", a
    time it points at is not known, or nothing is in play."""
    words = list(tokens(reading.original))  # as typed: idioms read "at the same time" "also"
    if topic is None:
        return None
    aside = _set_aside(words)
    if not _asks_someone_else(words) and (aside is None or _SOMEONE.isdisjoint(words)):
        return None
    if aside is not None:  # "besides those two" says "else": the ones in play are set aside
        words = words[: aside[0]] + words[aside[1] :]
    words = [word for word in words if word not in _ELSE]
    phrase = next((p for p in _THEN if _ends_with(words, p) or _within(words, p)), None)
    if phrase is not None:
        if topic.date is None:
            return None  # "at the same time" as what, is not known
        words = [*_without(words, phrase), "in", str(topic.date.year)]
    if not _THAT.isdisjoint(words):
        if not topic.words:
            return None
        at = next(index for index, word in enumerate(words) if word in _THAT)
        words = [*words[:at], *topic.words, *words[at + 1 :]]
    return " ".join(words)


def without_answerers(topic: Topic | None, catalog: Catalog) -> Topic | None:
    """What stays in play for a "who else" question naming no time: the events it was asked in
    ("who else attended"), not the subjects that answered it (the question is about others)."""
    if topic is None:
        return None
    kept = tuple(e for e in topic.entities if catalog.kinds.get(e) not in _ANSWERERS)
    if not kept:
        return None
    return replace(topic, entities=kept, group=(), lines=(), words=())


def _ends_with(words: list[str], phrase: tuple[str, ...]) -> bool:
    return tuple(words[-len(phrase) :]) == phrase


def _within(words: list[str], phrase: tuple[str, ...]) -> bool:
    return len(phrase) > 1 and any(
        tuple(words[i : i + len(phrase)]) == phrase for i in range(len(words))
    )


def _without(words: list[str], phrase: tuple[str, ...]) -> list[str]:
    """The words with the phrase's last occurrence taken out."""
    for start in range(len(words) - len(phrase), -1, -1):
        if tuple(words[start : start + len(phrase)]) == phrase:
            return words[:start] + words[start + len(phrase) :]
    return words


def _set_aside(words: list[str]) -> tuple[int, int] | None:
    """Where "besides those two" (or "apart from them", "other than these") stands: its first
    and past-last index; None when no such phrase points at the ones in play."""
    for index, word in enumerate(words):
        after = words[index + 1] if index + 1 < len(words) else ""
        paired = word in _SET_ASIDE_PAIRS and after in _SET_ASIDE_SECONDS
        if word not in _SET_ASIDE and not paired:
            continue
        start = end = index + (2 if paired else 1)
        while end < len(words) and words[end] in _POINTED:
            end += 1
        # A pointer, not a bare "the" ("besides the treaty" names something of its own).
        if not _POINTERS.isdisjoint(words[start:end]):
            return index, end
    return None


def _asks_someone_else(words: list[str]) -> bool:
    """'Who else', 'anyone else': others asked for, not more of the same subject."""
    return any(
        word in _ELSE and index > 0 and words[index - 1] in _SOMEONE
        for index, word in enumerate(words)
    )
