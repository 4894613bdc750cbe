"""Asked who chaired a session, an answer naming only the state that held the presidency (or
that handed it on) says not who sat in the chair: "who chaired it?" after the Yerevan 2022
summit is not answered by "Armenia handed the presidency to Belarus"."""

from __future__ import annotations

from bot.core.answering.respond import Request
from bot.core.answering.respond.search import person_stems
from bot.core.answering.retrieval import stems
from bot.core.api import Answer
from bot.core.language.lexicon import LEXICON
from bot.core.understanding.intent import Intent

# The verbs of chairing ("chaired", "presided"), not the office's nouns ("who held the
# presidency" may be answered by a state), nor "chair" and "chairs", nouns as often ("who
# handed over the chair" asks of a state).
_CHAIR = LEXICON.words("chairing") - LEXICON.words("domain") - {"chair", "chairs"}
_WHO = LEXICON.words("who")


def asks_chair(request: Request) -> bool:
    """The question asks who chaired a session ("who presided over it")."""
    words = set(request.reading.corrected)
    return request.understanding.intent == Intent.SUMMIT_PRESIDENCY and bool(
        words & _WHO and words & _CHAIR
    )


def chair_unnamed(request: Request, answer: Answer) -> str | None:
    """What to say instead of a presidency answer to "who chaired", when it names no person."""
    if answer.intent != Intent.SUMMIT_PRESIDENCY or not asks_chair(request):
        return None
    if stems(answer.text) & person_stems(request.catalog):
        return None
    return (
        f"The {request.org} fact base records which state held the presidency at that session, "
        "but not who chaired it, so I won't guess."
    )
