"""A rule of the organization asked: what a member or the organization may, can or must do."""

from __future__ import annotations

from bot.core.answering.retrieval import stem
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Reading

_ACTS = LEXICON.words("rule_acts")
_NOT_RULES = ("count", "size", "when", "duration", "presidency")


def asks_rule(reading: Reading) -> bool:
    """ "Can a member withdraw on its own", "how are decisions made": a modal (or "how" with a
    verb of the present) beside an act the organization's rules govern, not asked of the bot."""
    if not reading.has("rule_acts") or reading.has("addressed"):
        return False
    # "How many soldiers are stationed", "how long may the base stay", "how is the chair
    # picked": a count, a date, a duration or the presidency's record is asked, not a rule.
    if any(reading.has(cue) for cue in _NOT_RULES):
        return False
    if reading.has("rule_documents") and reading.has("rule_clauses"):
        return True
    return reading.has("rule_modals") or (reading.has("how") and reading.has("rule_present"))


def rule_acts(reading: Reading) -> frozenset[str]:
    """The stems of the acts a rule is asked of ("withdraw", "host", "base"); none if no rule."""
    if not asks_rule(reading):
        return frozenset()
    return frozenset(stem(word) for word in reading.corrected if word in _ACTS)
