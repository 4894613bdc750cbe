"""Cut a question asking which of two events came first into the two events, each to be dated
on its own ("which came first, the joint staff being set up or uzbekistan's comeback")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from bot.core.answering.check import order_phrases
from bot.core.language.datafile import DataModel, read_data
from bot.core.language.temporal import find_dates, is_date_word

# Where a sentence ends: the order is asked in one sentence, and "give dates" after it is no event.
_SENTENCE_END = re.compile(r"(?<=[?!])\s+|(?<=\.)\s+(?=[A-Za-z])")
_EDGES = " \t,;:.!?-–—\"'"  # noqa: RUF001 - dashes are punctuation a user may put around an event
_OR = re.compile(r"\s+or\s+", re.IGNORECASE)


class _OrderFile(DataModel):
    """The shape of order.yaml (see the comments in that file)."""

    openers: str
    closers: str
    scope_openers: str
    question_words: str
    founding: str
    span_openers: str
    span_units: dict[str, str]
    span_relations: str
    span_auxiliaries: str
    span_between: str
    span_fillers: str
    span_from: str
    span_to: str
    span_starts: str
    span_ends: str
    span_edge_words: str


@dataclass(frozen=True, slots=True)
class OrderAsk:
    """Two events whose order is asked, in the user's words, and a time both are read in."""

    first: str
    second: str
    scope: str = ""  # "in 2022" of "which came first in 2022, ..."; "" when none

    def questions(self) -> tuple[str, str]:
        """Each event asked on its own: "when was the joint staff being set up in 2022?"."""
        scope = f" {self.scope}" if self.scope else ""
        return (f"when was {self.first}{scope}?", f"when was {self.second}{scope}?")

    def founding(self, event: str) -> str:
        """An event that is a thing's name ("the ksor") asked as its start: "when was the ksor
        created?"."""
        scope = f" {self.scope}" if self.scope else ""
        return f"when was {event} {_cues().founding}{scope}?"


@dataclass(frozen=True, slots=True)
class _Cues:
    phrase: re.Pattern[str]
    openers: frozenset[str]
    closers: frozenset[str]
    scope: re.Pattern[str]
    questions: frozenset[str]
    founding: str


# ", and on what dates", ", and when": an ask joined after an event, opened by its question word.
_JOINED_ASK = re.compile(r",\s*(?:and|but|plus)\s+(?:\w+\s+)?(\w+)\b")


@lru_cache(maxsize=1)
def _raw() -> _OrderFile:
    return read_data(Path(__file__).parent / "order.yaml", _OrderFile).model


@cache
def _listed(field: str) -> frozenset[str]:
    """One of order.yaml's space-separated word lists, split once (span_ask runs on every
    question)."""
    words: str = getattr(_raw(), field)
    return frozenset(words.split())


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    raw = _raw()
    phrases = sorted(order_phrases(), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, phrase)) for phrase in phrases)
    scope_words = "|".join(map(re.escape, raw.scope_openers.split()))
    return _Cues(
        re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE),
        frozenset(raw.openers.split()),
        frozenset(raw.closers.split()),
        # "in 2022," or "in september 2022:" before the events.
        re.compile(rf"^\s*((?:{scope_words})\s+[^,:;]{{0,30}}?)\s*[,:;]\s*", re.IGNORECASE),
        frozenset(raw.question_words.split()),
        raw.founding,
    )


def _trimmed(text: str, cues: _Cues, *, opening: bool) -> str:
    """An event's words without the punctuation, asking words and verbs around them, nor an ask
    joined after it ("..., and on what dates"), which the order's answer gives anyway."""
    joined = _JOINED_ASK.search(text)
    if joined is not None and joined[1].casefold() in cues.questions | {"when"}:
        text = text[: joined.start()]
    words = text.strip(_EDGES).split()
    if opening:
        while words and words[0].casefold() in cues.openers:
            words = words[1:]
    while words and words[-1].casefold().strip(_EDGES) in cues.closers:
        words = words[:-1]
    return " ".join(words).strip(_EDGES)


def order_ask(question: str) -> OrderAsk | None:
    """The two events a question asks the order of, or None when it asks none or names them
    otherwise than "X or Y" (or "X before or after Y") in the sentence asking it."""
    cues = _cues()
    for sentence in _SENTENCE_END.split(question):
        found = cues.phrase.search(sentence)
        if found is not None:
            return _events(sentence[: found.start()], sentence[found.end() :], cues)
    return None


def _events(before: str, after: str, cues: _Cues) -> OrderAsk | None:
    """The events on either side of the order phrase: both on one side ("which came first, X or
    Y"), or one on each ("X before or after Y")."""
    sides = [side for side in (before, after) if side.strip(_EDGES)]
    with_or = [side for side in sides if len(_OR.split(side)) == 2]
    if len(sides) == 2 and not with_or:
        first = _trimmed(before, cues, opening=True)
        second, scope = _scoped(after, cues)
        return _ask(first, _trimmed(second, cues, opening=False), scope, cues)
    if len(with_or) != 1 or any(len(_OR.split(side)) > 2 for side in sides):
        return None
    body, scope = _scoped(with_or[0], cues)
    first, second = _OR.split(body)
    first, second = _trimmed(first, cues, opening=True), _trimmed(second, cues, opening=False)
    return _ask(first, second, scope, cues)


def _scoped(text: str, cues: _Cues) -> tuple[str, str]:
    """The text without a leading time both events are read in, and that time ("in 2022")."""
    found = cues.scope.match(text)
    if found is None or not find_dates(found[1]):
        return text, ""
    return text[found.end() :], found[1].strip()


def _ask(first: str, second: str, scope: str, cues: _Cues) -> OrderAsk | None:
    """The two events, unless one is missing or is a question of its own."""
    for event in (first, second):
        if not event or event.split()[0].casefold() in cues.questions:
            return None
    return OrderAsk(first, second, scope)


@dataclass(frozen=True, slots=True)
class SpanAsk:
    """The time asked between two events: the one counted from, the one counted to, in the
    user's words; the relation ("after": the second came after the first, "before", or
    "between": either order) and the unit asked ("day", "week", "month", "year")."""

    first: str
    second: str
    relation: str
    unit: str
    auxiliary: str = "was"  # the verb that opens the second event's own question ("did")
    about: str = ""  # what both events are of ("csto forces on the ground in kazakhstan")

    def questions(self) -> tuple[str, str]:
        """Each event asked on its own: "when did the taliban take kabul", "when did ..."."""
        about = f" ({self.about})" if self.about else ""
        first = f"when was {self.first}{about}?"
        if self.relation == "between":
            second = f"when was {self.second}{about}?"
        else:
            second = f"when {self.auxiliary} {self.second}?"
        return first, second

    def anchored(self) -> str:
        """The second event asked at its place next to the first ("when did the leaders meet
        after the taliban took kabul"), for an event that names no time of its own."""
        return f"when {self.auxiliary} {self.second} {self.relation} {self.first}?"


def within(event: str, record: str) -> str:
    """An event asked within the record the other event is about ("when was the fighting
    began (Kyrgyzstan-Tajikistan border clashes)")."""
    return f"when was {event} ({record})?"


def edge_of(event: str) -> str | None:
    """'the start', 'the end': which edge of a record the event is ("start", "end"), when it
    says nothing but that; else None."""
    words = {word.casefold().strip(_EDGES) for word in event.split()} - _ARTICLES
    if words and words <= _listed("span_starts"):
        return "start"
    if words and words <= _listed("span_ends"):
        return "end"
    return None


def edge_words() -> frozenset[str]:
    """Words that say which end of a period an event is ("began", "completed")."""
    return _listed("span_edge_words")


_ARTICLES = frozenset(["the", "its", "their", "it", "of"])


def span_ask(question: str) -> SpanAsk | None:
    """The two events whose distance in time a question asks ("how many days after X did Y",
    "how long between X and Y"), or None when it asks none so."""
    raw = _raw()
    openers = _listed("span_openers")
    relations = _listed("span_relations")
    fillers = _listed("span_fillers")
    for sentence in _SENTENCE_END.split(question):
        words = sentence.strip(_EDGES).split()
        folded = [word.casefold().strip(_EDGES) for word in words]
        for index, word in enumerate(folded[:-2]):
            if word not in openers:
                continue
            unit_at = index + 2 if folded[index + 1] == "many" else index + 1
            unit = raw.span_units.get(folded[unit_at]) if unit_at < len(folded) else None
            if unit is None:
                continue
            at = unit_at + 1
            while at < len(folded) and folded[at] in fillers:
                at += 1
            if at >= len(folded):
                return None
            if folded[at] in relations:
                return _related(words[at + 1 :], folded[at + 1 :], folded[at], unit, raw)
            between = folded.index(raw.span_between, at) if raw.span_between in folded[at:] else -1
            if between >= 0:
                return _between(words[between + 1 :], unit)
            return _from_to(words[at:], folded[at:], unit)
    return None


def _from_to(words: list[str], folded: list[str], unit: str) -> SpanAsk | None:
    """'were csto forces on the ground in kazakhstan, from the first arrivals to the end of the
    pullout': the two events after "from" and "to", read within what the words before say."""
    starts = [i for i, word in enumerate(folded) if word in _listed("span_from")]
    if len(starts) != 1:
        return None
    start = starts[0]
    ends = [i for i, word in enumerate(folded) if i > start and word in _listed("span_to")]
    if len(ends) != 1:
        return None
    end = ends[0]
    about = [word for word in words[:start] if word.casefold() not in _listed("span_auxiliaries")]
    first = " ".join(words[start + 1 : end]).strip(_EDGES)
    second = " ".join(words[end + 1 :]).strip(_EDGES)
    if not first or not second or _plain_date(first) or _plain_date(second):
        return None
    return SpanAsk(first, second, "between", unit, about=" ".join(about).strip(_EDGES))


def _plain_date(event: str) -> bool:
    """'2020', 'january 2022': a time the user gives, no event ("from 2020 to 2022" bounds
    what is asked, read as such elsewhere)."""
    words = [word.strip(_EDGES) for word in event.casefold().split()]
    said = [word for word in words if word and word not in _ARTICLES]
    return bool(said) and all(
        is_date_word(word) or word.rstrip("stndrh").isdigit() for word in said
    )


def _related(
    words: list[str], folded: list[str], relation: str, unit: str, raw: _OrderFile
) -> SpanAsk | None:
    """'after the taliban took kabul did the leaders meet': the first event up to the verb
    that opens the second; a question word's verb ("did", "had") before a form of "be"."""
    auxiliaries = raw.span_auxiliaries.split()
    found = [
        min((i for i, word in enumerate(folded) if i and word == auxiliary), default=None)
        for auxiliary in auxiliaries
    ]
    at = next((i for i in found if i is not None), None)
    if at is None or at + 1 >= len(words):
        return None
    first = " ".join(words[:at]).strip(_EDGES)
    second = " ".join(words[at + 1 :]).strip(_EDGES)
    if not first or not second or second.split()[0].casefold() in _cues().questions:
        return None
    return SpanAsk(first, second, relation, unit, folded[at])


def _between(words: list[str], unit: str) -> SpanAsk | None:
    """'between the appeal and the first arrivals': the two events, when one "and" parts them."""
    sides = _AND.split(" ".join(words))
    if len(sides) != 2:
        return None
    first, second = (side.strip(_EDGES) for side in sides)
    if not first or not second or _plain_date(first) or _plain_date(second):
        return None
    return SpanAsk(first, second, "between", unit)


_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
