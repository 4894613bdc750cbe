"""Cut a question that asks two or three things at once into questions asking one each."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from bot.core.language.datafile import DataModel, read_data
from bot.core.language.lexicon import ANAPHORA, CONFLICT_NOUNS
from bot.core.language.normalize import tokens
from bot.core.language.temporal import is_date_word

MAX_PARTS = 3
# Sentence marks a part may end with; a part is handed on without them.
_TRAILING = "?!. \t"
# A question mark inside the text, where one ask ends and the next may begin; the mark stays
# with the ask it ends, which it shows to be one ("sg term length? and who nominates").
_QUESTION_END = re.compile(r"(?<=\?)\s+")
# "KSOR - when decided, when signed?", "bishkek 2025: date + new SG?": a topic, then a colon or a
# spaced dash, then its asks.
_TOPIC_LED = re.compile(r"^(?P<topic>[^:?]+?)(?:\s*:\s+|\s+[-\u2013\u2014]\s+)(?P<asks>.+)$")
# What lists a topic's asks: commas, "+", "&" and the joiners.
_LIST_MARKS = r"\s*,\s*|\s+[+&]\s+"
# Words a topic or one of its asks may have: a chat fragment, not a sentence of its own.
_TOPIC_WORDS = 6
_LISTED_ASK_WORDS = 8
# The end of a statement: a full stop after a year or a word of four letters or more (not "St."
# or "Art."), before a space.
_STATEMENT_END = re.compile(r"(?:(?<=\d{4})|(?<=[^\W\d]{4}))[.!]\s+")
# Words a statement needs to be a premise ("Armenia skipped Minsk."), not a fragment.
_PREMISE_WORDS = 3


class _PartsFile(DataModel):
    """The shape of parts.yaml (see the comments in that file)."""

    joiners: list[str]
    question_words: str
    asked_nouns: str
    yes_no_openers: str
    leading_fillers: str
    auxiliary_reach: int
    auxiliaries: str
    answer_nouns: str
    bare_words: str
    step_verbs: str
    span_nouns: str
    span_frame: str
    span_steps: list[str]


@dataclass(frozen=True, slots=True)
class Part:
    """One ask of a question: as the user worded it, and as a question of its own."""

    asked: str  # "and what year" reads "what year"
    question: str  # "what year was the treaty signed"
    # A statement the asks follow ("Armenia skipped the Minsk summit in November 2023."), which
    # each ask is read with ("who was confirmed at that meeting"), though it asks nothing.
    premise: str = ""

    @property
    def read_as(self) -> str:
        """The ask as the engine reads it: after the premise, when there is one."""
        return f"{self.premise} {self.question}" if self.premise else self.question


@dataclass(frozen=True, slots=True)
class _Cues:
    joins: re.Pattern[str]
    question: frozenset[str]
    nouns: frozenset[str]
    yes_no: frozenset[str]
    fillers: frozenset[str]
    reach: int
    auxiliaries: frozenset[str]
    answer_nouns: frozenset[str]
    bare: frozenset[str]
    steps: frozenset[str]
    openers: frozenset[str]  # one-word joiners that may open a sentence ("and", "also", "plus")
    listed: re.Pattern[str]  # what lists a topic's asks: the list marks and the joiners


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    raw = read_data(Path(__file__).parent / "parts.yaml", _PartsFile).model
    alternatives = "|".join(
        r"\s+".join(map(re.escape, joiner.split()))
        for joiner in sorted(raw.joiners, key=len, reverse=True)
    )
    # A joiner stands between words, after an optional comma or dash ("..., and when").
    joins = re.compile(rf"(?:\s*[,;]\s*|\s+-\s+|\s+)(?:{alternatives})\.?\s+", re.IGNORECASE)
    question, nouns = frozenset(raw.question_words.split()), frozenset(raw.asked_nouns.split())
    fillers = frozenset(raw.leading_fillers.split())
    answers = frozenset(raw.answer_nouns.split())
    return _Cues(
        joins,
        question,
        nouns,
        frozenset(raw.yes_no_openers.split()),
        fillers,
        raw.auxiliary_reach,
        frozenset(raw.auxiliaries.split()),
        answers,
        question | nouns | fillers | answers | frozenset(raw.bare_words.split()),
        frozenset(raw.step_verbs.split()),
        frozenset(joiner for joiner in raw.joiners if " " not in joiner and joiner.isalpha()),
        re.compile(f"{_LIST_MARKS}|{joins.pattern}", re.IGNORECASE),
    )


def _opening(words: list[str]) -> int | None:
    """Where the ask opens: its question word or asked noun after leading fillers, else None."""
    cues = _cues()
    for index, word in enumerate(words):
        if word in cues.question or word in cues.nouns:
            return index
        if word not in cues.fillers:
            return None
    return None


def _asks_own(part: str) -> bool:
    """The words after a joiner open an ask of their own, not another name of a list."""
    words = tokens(part)
    # "? and who nominates": a joiner opening a sentence of its own
    if words and words[0] in _cues().openers:
        words = words[1:]
    if not words:
        return False
    if words[0] in _cues().yes_no and len(words) > 2:
        return True
    return _opening(words) is not None


def _asks(part: str, after: str = "") -> bool:
    """The words before a joiner ask something: a question word, an asked noun, a yes/no opener
    or their own question mark; or they name, in a few words, what the ask after them points
    back at ("first secretary general, and how long did he serve")."""
    words = tokens(part)
    cues = _cues()
    if not words:
        return False
    if part.rstrip().endswith("?"):
        return True
    if words[0] in cues.yes_no or any(w in cues.question or w in cues.nouns for w in words):
        return True
    return len(words) <= _TOPIC_WORDS and not ANAPHORA.isdisjoint(tokens(after))


def _is_bare(part: str) -> bool:
    """Nothing but the ask itself ("and when", "what year"): it borrows the other part's rest."""
    return all(word in _cues().bare for word in tokens(part))


def _rest(part: str) -> str:
    """What the part asks about after its question phrase ("was the treaty signed"), with the
    words of that phrase that name the subject ("how many ex-members are there")."""
    cues = _cues()
    words = part.split()
    folded = [" ".join(tokens(word)) for word in words]
    opening = next((i for i, w in enumerate(folded) if w in cues.question), None)
    if opening is None:
        return ""
    reach = folded[opening + 1 : opening + 1 + cues.reach]
    for offset, word in enumerate(reach, start=opening + 1):
        if word in cues.auxiliaries:
            kept = [
                words[i]
                for i in range(opening + 1, offset)
                if folded[i] not in cues.bare and folded[i] not in cues.answer_nouns
            ]
            return " ".join([*kept, *words[offset:]])
    return " ".join(words[opening + 1 :])


def _steps(left: str, right: str) -> tuple[str, str] | None:
    """ "when did it join and leave the treaty": two steps of one subject, each with the rest."""
    cues = _cues()
    before, after = left.split(), right.split()
    if len(before) < 2 or len(after) < 1:
        return None
    last, first = " ".join(tokens(before[-1])), " ".join(tokens(after[0]))
    if last == first or last not in cues.steps or first not in cues.steps:
        return None
    tail = " ".join(after[1:])
    return f"{left} {tail}".strip(), " ".join([*before[:-1], *after]).strip()


def _borrowed(parts: list[str]) -> list[Part]:
    """Bare asks take the rest of their neighbour: the next part's for the first, else the
    previous one's ("in which city was it signed and what year" -> "what year was it signed")."""
    done = [Part(part, part) for part in parts]
    for index, part in enumerate(parts):
        if not _is_bare(part):
            continue
        donor = parts[index + 1] if index == 0 and len(parts) > 1 else parts[index - 1]
        if index > 0 and _is_bare(donor) and index + 1 < len(parts):
            donor = parts[index + 1]
        rest = _rest(donor)
        if rest:
            done[index] = Part(part, f"{part} {rest}")
    return done


def question_parts(question: str) -> tuple[Part, ...]:
    """The asks of a question, each a question of its own; one part when it asks one thing."""
    whole = (Part(question, question),)
    text = question.strip().rstrip(_TRAILING)
    premise, asks = _premise(text)
    if premise:
        # "Armenia skipped the Minsk summit. Did the others ..., and who ...?": the statement
        # asks nothing, the asks after it are cut, and each is read after the statement.
        parts = _cut(asks)
        if parts is None or len(parts) < 2:
            return whole
        return tuple(replace(part, premise=premise) for part in parts)
    # "Kazakhstan jan 2022 — date X vs date Y": the topic is asked of each part. A topic that is
    # only a time ("sept 2022 - how many died and which towns were hit") names no subject for
    # the later parts; they are cut as they stand.
    led = _topic_led(text)
    if led is not None and not _time_only_topic(text):
        return led
    return _cut(text) or led or whole


def _time_only_topic(text: str) -> bool:
    """The topic before the asks says only when ("sept 2022")."""
    match = _TOPIC_LED.match(text)
    said = tokens(match["topic"]) if match else []
    return bool(said) and all(word.isdigit() or is_date_word(word) for word in said)


def _topic_led(text: str) -> tuple[Part, ...] | None:
    """ "KSOR - when decided, when was the agreement signed": a short topic and the asks listed
    after it, each asked of the topic; None unless two or three short asks follow a topic that
    asks nothing itself."""
    match = _TOPIC_LED.match(text)
    if match is None:
        return None
    topic, cues = match["topic"].strip(), _cues()
    said = tokens(topic)
    if not said or len(said) > _TOPIC_WORDS or _asks(topic):
        return None
    asks = [
        piece.strip().rstrip(_TRAILING)
        for piece in cues.listed.split(match["asks"])
        if piece and piece.strip(_TRAILING)
    ]
    if not 2 <= len(asks) <= MAX_PARTS or any(len(tokens(ask)) > _LISTED_ASK_WORDS for ask in asks):
        return None
    if not any(_opening(tokens(ask)) is not None or _asks_own(ask) for ask in asks):
        return None
    return tuple(Part(ask, f"{topic}: {ask}") for ask in asks)


def _premise(text: str) -> tuple[str, str]:
    """The leading sentences that ask nothing (opened by no question word nor yes/no opener, no
    question mark), and the rest; no premise when a sentence end may be an abbreviation
    ("St. Petersburg", "Art. 4") or nothing is left to ask."""
    said: list[str] = []
    rest = text
    while True:
        match = _STATEMENT_END.search(rest)
        if match is None:
            break
        sentence = rest[: match.start() + 1]
        words = tokens(sentence)
        cues = _cues()
        # "there was a general who became secretary general.": a question word inside a
        # statement relates, it does not ask; an ask opens with one (or a yes/no opener).
        asks = bool(words) and (words[0] in cues.yes_no or _opening(words) is not None)
        if len(words) < _PREMISE_WORDS or asks or "?" in sentence:
            break
        said.append(sentence.strip())
        rest = rest[match.end() :]
    if not said or not tokens(rest):
        return "", text
    return " ".join(said), rest


def _cut(text: str) -> tuple[Part, ...] | None:
    """The asks of a text that asks one thing or several, None when it asks one."""
    cues = _cues()
    pieces = [piece for sentence in _sentences(text) for piece in cues.joins.split(sentence)]
    if len(pieces) < 2:
        return _span_parts(text)
    parts: list[str] = [pieces[0]]
    for piece in pieces[1:]:
        steps = _steps(parts[-1], piece)
        if steps is not None and _asks(parts[-1]):
            parts[-1:] = list(steps)
        elif _asks_own(piece) and _asks(parts[-1], piece):
            parts.append(piece)
        else:  # "armenia and belarus": the joiner stays inside the part
            parts[-1] = _rejoin(text, parts[-1], piece)
    parts = [p.strip().rstrip(_TRAILING) for p in parts if p.strip(_TRAILING)]
    if len(parts) < 2 or len(parts) > MAX_PARTS:
        return None
    return tuple(_borrowed(parts))


def _span_parts(text: str) -> tuple[Part, ...] | None:
    """ "four day war 2016 dates?": the dates of a conflict or an operation are its span, asked
    as two parts, when it started and when it ended; None unless the question asks nothing but
    the dates of one such event."""
    spans, frame, steps = _span_cues()
    words = tokens(text)
    if len([w for w in words if w in spans]) != 1 or CONFLICT_NOUNS.isdisjoint(words):
        return None
    event = [w for w in words if w not in spans and w not in frame]
    # "who fought and on what dates" asks more than the span
    if not event or any(w in _cues().question for w in event):
        return None
    named = " ".join(["the", *event])
    return tuple(Part(text, f"when did {named} {step}") for step in steps)


@lru_cache(maxsize=1)
def _span_cues() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """The span nouns, the words that may frame them, and the steps a span is asked as."""
    raw = read_data(Path(__file__).parent / "parts.yaml", _PartsFile).model
    return (
        frozenset(raw.span_nouns.split()),
        frozenset(raw.span_frame.split()),
        tuple(raw.span_steps),
    )


def _sentences(text: str) -> list[str]:
    """The asks the text puts as questions of their own ("how many members are there? does
    armenia still count?"); a question that leans on the one before ("...? what year", "...? how
    long was it in") or asks nothing stays with it, as the words of one ask."""
    sentences: list[str] = []
    for sentence in _QUESTION_END.split(text):
        words = tokens(sentence)
        own = bool(words) and not _is_bare(sentence) and ANAPHORA.isdisjoint(words)
        if sentences and not (own and _asks_own(sentence)):
            sentences[-1] = _rejoin(text, sentences[-1], sentence)
        else:
            sentences.append(sentence)
    return sentences


def _rejoin(text: str, left: str, right: str) -> str:
    """The text from the start of `left` to the end of `right`, joiner and all."""
    start = text.find(left)
    end = text.find(right, start + len(left))
    if start < 0 or end < 0:
        return f"{left} and {right}"
    return text[start : end + len(right)]
