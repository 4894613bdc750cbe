"""Asked who holds a post now ("and who has it now?", "who is it currently"), a description of
the body or the organization names no one: the asked slot, a person, is not filled."""

from __future__ import annotations

from bot.core.answering.check import Relation, asked
from bot.core.answering.respond import Request
from bot.core.answering.respond.search import person_stems
from bot.core.answering.retrieval import stems
from bot.core.api import Answer
from bot.core.language.lexicon import LEXICON
from bot.core.understanding.intent import Intent

_WHO = LEXICON.words("who")
_NOW = LEXICON.words("latest")
# Answers that say what a body or the organization is, not who holds a post in it.
_DESCRIPTIONS = frozenset({Intent.BODY_OVERVIEW, Intent.ORG_OVERVIEW})


def holder_unnamed(request: Request, answer: Answer) -> str | None:
    """What to say instead of a description given to "who ... now", when it names no person."""
    if answer.intent not in _DESCRIPTIONS:
        return None
    words = set(request.reading.corrected)
    if not (words & _WHO and words & _NOW):
        return None
    if stems(answer.text) & person_stems(request.catalog):
        return None
    return (
        f"I couldn't tell whose current post you mean from the {request.org} fact base, "
        "so I won't guess; name the post (for example the Secretary General)."
    )


# Office records, which name who held a post.
_HOLDER_INTENTS = frozenset(["org.secretaries", "body.leadership"])


def no_holder_named(request: Request, found: Answer) -> bool:
    """Asked who held an office ("who held the top administrative post in 2024"), facts found
    whose lead names no person (what the post is): the office's record, naming its holder,
    answers instead."""
    if request.understanding.intent not in _HOLDER_INTENTS or not found.facts:
        return False
    if asked(request.reading.corrected, []).relation not in {Relation.WHO, Relation.PERSON}:
        return False
    return not stems(found.facts[0].text) & person_stems(request.catalog)
