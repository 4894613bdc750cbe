"""A follow-up answered by a fact of another time than the one the conversation holds.

"When did Uzbekistan first leave the treaty" (1999) then "why?": a reason given for its 2012
suspension is a nearby fact, not the answer. A follow-up naming no time of its own asks of the
time in play; a fact dated to, or naming, only other years says nothing of then.
"""

from __future__ import annotations

from bot.core.answering.check import Relation, Statement, asked, holds_in
from bot.core.answering.respond import Request
from bot.core.api import Answer
from bot.core.knowledge.dates import PartialDate
from bot.core.language.lexicon import LEXICON
from bot.core.understanding.intent import Intent

_MOVERS = LEXICON.words("held_time_movers")
_WHICH = LEXICON.words("held_time_pickers")
# Words a follow-up asks with that name no event of their own: how many, and what an event in
# play is made of ("how many troops went in?" after the Kazakhstan deployment is of it).
_OF_THE_EVENT = LEXICON.words("count") | LEXICON.words("conflict_nouns")
_PRESENT = LEXICON.words("rule_present")
# Asked when (or how long), the answer's own date is what is asked, not a time to agree with.
_WHEN_RELATIONS = frozenset({Relation.WHEN, Relation.DAY, Relation.DURATION})


def held_time(request: Request) -> tuple[int, ...]:
    """The years a bare follow-up is asked of (those the conversation holds), or () when the
    question names a time of its own, moves off it ("and now?", "next") or asks when."""
    understanding = request.understanding
    held = understanding.held
    if not held or understanding.dates or not understanding.from_memory:
        return ()
    words = request.reading.corrected
    if _MOVERS & set(words):
        return ()
    if asked(words, []).relation in _WHEN_RELATIONS:
        return ()
    # "Which summit did he boycott": another thing to find, not the one in play at its time.
    if _WHICH & set(words):
        return ()
    # "Why?", "who chaired it?": one word of its own at most asks of the event in play; more
    # name an event of their own ("where was its return announced"), with its own time.
    # Asked in the present ("how many troops does it number"), its words ask of now.
    own = request.reading.content - (frozenset() if _PRESENT & set(words) else _OF_THE_EVENT)
    if len(own) > 1:
        return ()
    return held


def of_another_time(request: Request, answer: Answer) -> bool:
    """A found fact leads the answer to a bare follow-up, and it is of other years only than
    those the conversation holds."""
    held = held_time(request)
    if not held or answer.intent != Intent.FACTS_SEARCH or not answer.facts:
        return False
    lead = answer.facts[0]
    # Not its "as of": a later word on the time in play ("Tokayev later stressed that the
    # appeal went to the CSTO", as of 2024) is still of it.
    statement = Statement(lead.text, date=PartialDate.parse(lead.date) if lead.date else None)
    return not holds_in(frozenset(held), statement)


def another_time_unsaid(request: Request, answer: Answer) -> str | None:
    """What to say instead of an answer of another time than the one in play, if it is so."""
    if not of_another_time(request, answer):
        return None
    held = request.understanding.held
    when = str(held[0]) if held else "then"
    return (
        f"The facts I found on that are of another time than {when}, the time we were "
        "talking about, so I won't guess."
    )
