"""How a question went, from the Answer alone: answered, asked back, abstained or refused."""

from __future__ import annotations

from typing import Literal

from bot.core.api import Answer

Outcome = Literal["answered", "asked_back", "abstained", "refused"]
OUTCOMES: tuple[Outcome, ...] = ("answered", "asked_back", "abstained", "refused")
UNANSWERED: tuple[Outcome, ...] = ("abstained", "asked_back")

# The engine's out-of-domain refusal starts with these words; nothing else in an Answer tells
# a refusal ("not about the CSTO") apart from an abstention ("not in the fact base").
_REFUSAL_MARK = "i can only answer questions about"


def outcome_of(answer: Answer) -> Outcome:
    """Classify an Answer for the log."""
    if answer.answered or answer.intent == "help":
        return "answered"
    if answer.intent == "clarify" or answer.text.rstrip().endswith("?"):
        return "asked_back"
    if answer.text.casefold().startswith(_REFUSAL_MARK):
        return "refused"
    return "abstained"
