"""Whether an answer speaks of the session the question names at all."""

from __future__ import annotations

from bot.core.answering.respond import Request
from bot.core.api import Answer
from bot.core.knowledge.models import Summit
from bot.core.language.normalize import tokens

_DOCUMENT = "treaty"  # a signing recorded as a session: the document, asked of its rules


def names_no_session_asked(request: Request, answer: Answer) -> bool:
    """Asked of a session the question names ("who was appointed at Astana in 2018"), an answer
    about none of the sessions named, saying neither a city nor a year of one, answers another
    question: the Council's general rule of appointing is not what Astana decided."""
    entities = request.catalog.entities
    understanding = request.understanding
    # A session is named by its own name, or by its city and year ("at Astana in 2018").
    words = set(request.reading.corrected)
    own = request.reading.ids()
    subjects = [] if understanding.from_memory else understanding.subjects
    named = [
        summit
        for entity_id in dict.fromkeys([*own, *subjects])
        if isinstance(summit := entities.get(entity_id), Summit)
        and summit.kind != _DOCUMENT  # "the Charter": its rules are the organization's facts
        # A session the question reached itself: by name, or by its city or year.
        and (entity_id in own or _city_or_year_said(summit, words))
    ]
    # Whose facts were given (an answer lists the subjects asked among its entities anyway).
    owners = {fact.owner for fact in answer.facts}
    if not named or not owners or not owners.isdisjoint(s.id for s in named):
        return False
    said = set(tokens(answer.text))
    return not any(_city_or_year_said(summit, said) for summit in named)


def _city_or_year_said(summit: Summit, words: set[str]) -> bool:
    """The words give the session's city or its year."""
    return str(summit.date.year) in words or not words.isdisjoint(tokens(summit.city or ""))
