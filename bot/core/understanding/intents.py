"""Which intent a question's cue words point to, for each kind of subject. Pure functions."""

from __future__ import annotations

import itertools

from bot.core.knowledge.dates import PartialDate
from bot.core.language.lexicon import (
    AFTER,
    ANAPHORA,
    BEFORE,
    CONFLICT_WORDS,
    CUES,
    EARLIEST,
    LATEST,
    MEMBER_WORDS,
    ORG_WORDS,
    PERSONAL_PRONOUNS,
    STOPWORDS,
    SUMMIT_WORDS,
    TOPIC_WORDS,
    UPCOMING,
    words_of,
)

__all__ = [
    "AFTER", "ALL_CUES", "BEFORE", "EARLIEST", "LATEST", "MEMBER_WORDS", "ORG_NAMES",
    "PERSONAL_PRONOUNS", "SIGNALS", "UPCOMING",
]  # fmt: skip
from bot.core.language.linking import Reading
from bot.core.understanding.intent import Intent

ALL_CUES = frozenset(word for cue in CUES.values() for word in cue) | SUMMIT_WORDS | CONFLICT_WORDS
# Cue words that say something about the CSTO's world; bare question words do not.
ORG_NAMES = frozenset(["csto", "odkb", "одкб"])
SIGNALS = ALL_CUES - words_of(
    "what who whom when where how many number why which tell about overview explain describe "
    "summary date year since что кто где когда сколько"
)


def cues(reading: Reading, *names: str) -> bool:
    """True when the question has a word of any of the named cue sets."""
    return any(reading.has(name) for name in names)


PREFIX = {
    "country": "member.",
    "summit": "summit.",
    "conflict": "conflict.",
    "person": "person.",
    "body": "body.",
    "exercise": "exercise.",
    "organization": "org.",
}


def intent_for(kind: str, reading: Reading, dates: list[PartialDate]) -> Intent:
    """The intent for a subject of the given kind."""
    if kind == "summit":
        return summit_intent(reading)
    if kind == "person":
        return person_intent(reading)
    if kind == "body":
        return body_intent(reading)
    if kind == "country":
        return country_intent(reading)
    if kind == "conflict":
        return conflict_intent(reading, dates)
    if kind == "exercise":
        return exercise_intent(reading)
    return org_intent(reading, dates)


def relative(reading: Reading) -> bool:
    """'before him', 'after Zas', 'his successor'."""
    return not set(reading.corrected).isdisjoint(BEFORE | AFTER)


INTENT_CUES = [
    "join",
    "leave",
    "return",
    "suspend",
    "status",
    "former",
    "observer",
    "when",
    "where",
    "decision",
    "attendance",
    "absence",
    "presidency",
    "timeline",
    "parties",
    "role",
    "founded",
    "headquarters",
    "name",
    "secretary",
    "said",
    "role_person",
    "size",
    "casualties",
    "count",
    "list",
]


def points_back(reading: Reading) -> bool:
    """'and Georgia?', 'what about 2022?', 'when did it leave?': it leans on the last question."""
    words = reading.words
    if not words:
        return False
    opener = words[0] in {"and", "also", "then", "so"} or tuple(words[:2]) in {
        ("what", "about"),
        ("how", "about"),
    }
    return opener or not ANAPHORA.isdisjoint(words)


def any_cue(reading: Reading) -> bool:
    """True when the question has a cue that asks for something in particular."""
    return any(reading.has(cue) for cue in INTENT_CUES)


def specific_summit_cue(reading: Reading) -> bool:
    """True when the question asks something only one summit can answer."""
    return cues(reading, "attendance", "absence", "decision", "presidency", "when", "where")


def first_cued(
    reading: Reading, table: tuple[tuple[str, Intent], ...], default: Intent | None
) -> Intent | None:
    """The intent of the first cue (in the table's priority order) that the question has."""
    return next((intent for cue, intent in table if reading.has(cue)), default)


# Earlier rows win: "why was he absent from the summit where they decided..." is about absence.
SUMMIT_INTENTS = (
    ("absence", Intent.SUMMIT_ABSENCES),
    ("presidency", Intent.SUMMIT_PRESIDENCY),
    ("decision", Intent.SUMMIT_DECISIONS),
    ("attendance", Intent.SUMMIT_ATTENDANCE),
    ("when", Intent.SUMMIT_WHEN_WHERE),
    ("where", Intent.SUMMIT_WHEN_WHERE),
)
MEMBERSHIP_INTENTS = (
    ("suspend", Intent.MEMBER_SUSPENDED),
    ("return", Intent.MEMBER_REJOINED),
    ("leave", Intent.MEMBER_LEFT),
    ("join", Intent.MEMBER_JOINED),
    ("observer", Intent.MEMBER_STATUS),
    ("status", Intent.MEMBER_STATUS),
    ("former", Intent.MEMBER_STATUS),
)


def summit_intent(reading: Reading) -> Intent:
    """What a question about one summit asks."""
    return first_cued(reading, SUMMIT_INTENTS, None) or Intent.SUMMIT_OVERVIEW


EXERCISE_INTENTS = (
    ("size", Intent.EXERCISE_SIZE),
    ("count", Intent.EXERCISE_SIZE),
    ("when", Intent.EXERCISE_WHEN),
    ("where", Intent.EXERCISE_WHERE),
)


def exercise_intent(reading: Reading) -> Intent:
    """What a question about one exercise asks (its overview includes scenario and size)."""
    return first_cued(reading, EXERCISE_INTENTS, None) or Intent.EXERCISE_OVERVIEW


def conflict_intent(reading: Reading, dates: list[PartialDate]) -> Intent:
    """What a question about one conflict asks."""
    led = {"led", "commanded", "commander", "headed", "lead"} & set(reading.corrected)
    if cues(reading, "casualties", "size") or led:
        return Intent.FACTS_SEARCH
    if reading.has("parties") and not reading.has("role"):
        return Intent.CONFLICT_PARTIES
    if reading.has("role") or (
        {"csto", "odkb", "одкб"} & set(reading.corrected)
        and {"do", "did", "does"} & set(reading.corrected)
    ):
        return Intent.CONFLICT_ROLE if not reading.has("timeline") else Intent.CONFLICT_TIMELINE
    if reading.has("timeline"):
        return Intent.CONFLICT_TIMELINE
    if dates:
        return Intent.CONFLICT_YEAR
    if reading.has("when"):
        return Intent.CONFLICT_WHEN
    return Intent.CONFLICT_OVERVIEW


def person_intent(reading: Reading) -> Intent:
    """What a question about one person asks."""
    if reading.has("said"):
        return Intent.PERSON_STATEMENTS
    if reading.has("role_person") or (reading.has("what") and "did" in reading.corrected):
        return Intent.PERSON_STATEMENTS if "did" in reading.corrected else Intent.PERSON_ROLES
    return Intent.PERSON_OVERVIEW


def body_intent(reading: Reading) -> Intent:
    """What a question about one body of the CSTO asks."""
    if reading.has("founded"):
        return Intent.BODY_FOUNDED
    if cues(reading, "leader", "secretary", "presidency"):
        return Intent.BODY_LEADERSHIP
    if cues(reading, "size", "where") or reading.has_any(TOPIC_WORDS["rules"]):
        return Intent.FACTS_SEARCH
    return Intent.BODY_OVERVIEW


def country_intent(reading: Reading) -> Intent:
    """What a question about one country asks (mostly its membership)."""
    if reading.has("where") or reading.has("said"):
        return Intent.FACTS_SEARCH
    cued = first_cued(reading, MEMBERSHIP_INTENTS, None)
    if cued:
        return cued
    words = set(reading.corrected)
    if {"member", "members", "membership", "belong", "belongs", "part"} & words or in_the_csto(
        reading
    ):
        return Intent.MEMBER_IS
    named_only = all(
        w in ORG_WORDS or w in ALL_CUES for w in reading.content - reading.named_words()
    )
    return Intent.MEMBER_STATUS if named_only else Intent.FACTS_SEARCH


def in_the_csto(reading: Reading) -> bool:
    """'X in the csto?' / 'X in odkb': membership asked without the word member."""
    words = [w for w in reading.corrected if w not in STOPWORDS or w in {"in", "v", "в"}]
    return any(
        a in {"in", "v", "в"} and b in {"csto", "odkb", "одкб"}
        for a, b in itertools.pairwise(words)
    )


def org_intent(reading: Reading, dates: list[PartialDate]) -> Intent:
    """What a question about the CSTO itself (or naming nothing) asks."""
    asks_which = bool({"who", "whos", "which", "what"} & set(reading.corrected)) or reading.has(
        "list"
    )
    if asks_which and in_the_csto(reading):
        return Intent.MEMBER_LIST  # "who's in the csto"
    if reading.has("former") or (cues(reading, "leave", "suspend") and asks_which):
        return Intent.MEMBER_FORMER
    if reading.has("observer"):
        return Intent.MEMBER_OBSERVERS
    if {"original", "founding", "founder", "founders"} & set(reading.corrected) and asks_which:
        return Intent.MEMBER_ORIGINAL
    if reading.has("presidency"):
        return Intent.ORG_PRESIDENCY
    if reading.has("count"):
        return Intent.MEMBER_COUNT if not dates else Intent.MEMBER_AT_DATE
    about_members = bool(set(reading.corrected) & MEMBER_WORDS)
    if about_members and dates:
        return Intent.MEMBER_AT_DATE
    if about_members and not reading.has("founded"):
        return Intent.MEMBER_LIST
    if reading.has("headquarters") and not reading.has("founded"):
        return Intent.ORG_HEADQUARTERS
    if reading.has("founded") or reading.has("when"):
        return Intent.ORG_FOUNDED
    if reading.has("name"):
        return Intent.ORG_NAME
    if reading.has("presidency") or reading.has("leader"):
        return Intent.ORG_PRESIDENCY
    if dates:
        return Intent.ORG_YEAR
    if reading.has("overview") and len(reading.content) <= 3:
        return Intent.ORG_OVERVIEW
    if len(reading.content) <= 1:
        return Intent.ORG_OVERVIEW  # just "ОДКБ?" or "csto"
    return Intent.FACTS_SEARCH
