"""Which intent a question's signals point to, for each kind of subject, by the intent table."""

from __future__ import annotations

from bot.core.knowledge.dates import PartialDate
from bot.core.language.lexicon import (
    AFTER,
    ANAPHORA,
    BEFORE,
    EARLIEST,
    LATEST,
    LEXICON,
    MEMBER_WORDS,
    PERSONAL_PRONOUNS,
    UPCOMING,
)
from bot.core.language.linking import Reading
from bot.core.understanding.intent import Intent
from bot.core.understanding.signals import ALL_CUES, SignalReader
from bot.core.understanding.table import IntentTable, intent_table

__all__ = [
    "AFTER", "ALL_CUES", "BEFORE", "EARLIEST", "LATEST", "MEMBER_WORDS", "PERSONAL_PRONOUNS",
    "SIGNALS", "UPCOMING", "IntentReader",
]  # fmt: skip

# Cue words that say something about the organization's world; bare question words do not.
SIGNALS = ALL_CUES - LEXICON.words("question_words")
_LEANING = LEXICON.words("leaning_openers")
_BEFORE_OR_AFTER = BEFORE | AFTER


def relative(reading: Reading) -> bool:
    """'before him', 'after Zas', 'his successor'."""
    return not _BEFORE_OR_AFTER.isdisjoint(reading.corrected)


def points_back(reading: Reading) -> bool:
    """'and Georgia?', 'what about 2022?', 'when did it leave?': it leans on the last question."""
    words = reading.words
    if not words:
        return False
    opener = words[0] in _LEANING or tuple(words[:2]) in LEXICON.leaning_phrases
    return opener or not ANAPHORA.isdisjoint(words)


class IntentReader:
    """Picks the intent for a subject of a given kind: the best-fitting row of the intent table."""

    def __init__(self, signals: SignalReader, table: IntentTable | None = None) -> None:
        self.signals = signals
        self.table = table or intent_table()

    def intent_for(self, kind: str, reading: Reading, dates: list[PartialDate]) -> Intent:
        """The intent for a subject of this kind ("organization" when the question names none)."""
        kind = kind if kind in self.table.rows else "organization"
        return self.table.pick(kind, self.signals.of(reading), bool(dates))

    def offers(self, kind: str, intent: Intent) -> bool:
        """True when a row of `kind` leads to this very intent."""
        return any(row.intent == intent for row in self.table.rows.get(kind, ()))

    def belongs(self, kind: str, intent: Intent) -> bool:
        """True when the table gives the intent's family to questions about `kind`, besides the
        search every kind falls back on ("member.left" belongs to countries and the organization).
        """
        return Intent(intent).family in self.table.families(kind)
