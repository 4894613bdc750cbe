"""A "who" question that names a person as part of what the asked person did ("who went to
Yerevan instead of Nazarbayev", "who stepped in once Bordyuzha's term ran out"): the person
named is not the one asked for, so his own record is no answer."""

from __future__ import annotations

from bot.core.answering.respond import Request
from bot.core.knowledge.models import Person
from bot.core.language.lexicon import LEXICON

_BE = LEXICON.words("be_verbs")
_FILLERS = LEXICON.words("who_fillers")
_POSSESSIVES = LEXICON.words("possessive_pronouns")
_OFFICES = LEXICON.words("state_office_nouns")


def _his_office(words: tuple[str, ...]) -> bool:
    """'His foreign minister', 'her spokesman': another holder of a post beside the person."""
    return any(
        word in _POSSESSIVES and _OFFICES & set(words[index + 1 : index + 3])
        for index, word in enumerate(words)
    )


def asks_someone_else(request: Request) -> bool:
    """True when the question asks "who <did something>" of a person it names only as part of
    that act, or of "his foreign minister"; "who is X", "who exactly was X" and "tell me who X
    is" ask of X himself."""
    if not request.understanding.intent.startswith("person."):
        return False
    words = request.reading.corrected
    people = [
        mention
        for mention in request.reading.mentions
        if isinstance(request.catalog.entities.get(mention.entity_id), Person)
    ]
    if not people:
        return False
    if _his_office(words):
        return True
    if "who" not in words:
        return False
    at = words.index("who") + 1
    while at < len(words) and words[at] in _FILLERS:
        at += 1
    if at >= len(words) or words[at] in _BE:
        return False
    # "Tell me who Zas is": the name right after "who" is who is asked of.
    return not any(mention.start == at for mention in people)
