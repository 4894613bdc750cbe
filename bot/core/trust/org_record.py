"""A follow-up pointing back at the thing in play, answered by the organization's own standing
record: "where was that announced?" after Uzbekistan's 2006 return is not answered by the
headquarters in Moscow, nor "who chaired the council that approved it?" after the Kazakhstan
deployment by the state that chairs the organization today. The slot asked (where, who) is of
the event in play; the organization's seat or current chair fills it only by the question's
having named nothing."""

from __future__ import annotations

from bot.core.answering.respond import Request
from bot.core.api import Answer
from bot.core.language.lexicon import CONFLICT_WORDS, LEXICON
from bot.core.understanding.intent import Intent
from bot.core.understanding.memory import Topic

# The organization's standing records: its seat and its chair now. Not its founding ("when did
# it become an organisation" asks of the organization even after the treaty was in play).
_STANDING = frozenset({Intent.ORG_HEADQUARTERS, Intent.ORG_PRESIDENCY})
_BACK = LEXICON.words("anaphora")
# Words of happenings ("the protests", "the fighting"): a start asked of one is not the founding.
_EVENTS = CONFLICT_WORDS
# Acts of someone's ("announced", "decided", "proposed"): a question asking where or by whom one
# was done asks of an event, never of the organization's seat or its chair.
_ACTS = LEXICON.words("said") | LEXICON.words("decision") | LEXICON.words("proposing")


def org_record_unasked(request: Request, answer: Answer, topic: Topic | None) -> str | None:
    """What to say instead of the organization's seat or chair given to a follow-up that names
    nothing but points back ("that", "it") while the conversation holds another thing."""
    if answer.intent not in _STANDING:
        return None
    reading = request.reading
    if reading.mentions or not reading.has_any(_BACK):
        return None
    if topic is None:
        # Nothing in play: "it" may be the organization ("where is it based?"), but an act of
        # its own ("where was that announced?") is of something the asker has not named.
        if not reading.has_any(_ACTS):
            return None
        return "I'm not sure what you are referring to, so I won't guess. Could you name it?"
    name = _other_in_play(request, topic)
    if name is None:
        return None
    return (
        f"I'm not sure whether you mean the {request.org} itself or {name} there, so I won't "
        "guess; could you say which?"
    )


def happening_unnamed(request: Request, answer: Answer, topic: Topic | None) -> str | None:
    """ "Where did the protests start", opening a conversation: the start of a happening not
    named is asked, not the organization's founding; what to say instead."""
    reading = request.reading
    if answer.intent != Intent.ORG_FOUNDED or reading.mentions or topic is not None:
        return None
    if not reading.has_any(_EVENTS):
        return None
    return "I'm not sure which events you mean, so I won't guess. Could you name them?"


def _other_in_play(request: Request, topic: Topic) -> str | None:
    """The name of the thing in play other than the organization, if the last answer was not
    on the organization itself (after "what is the CSTO", "it" is the organization)."""
    if str(topic.intent).startswith("org."):
        return None
    organization = request.catalog.organization.id
    in_play = topic.events or tuple(e for e in topic.entities if e != organization)
    return request.catalog.name(in_play[0]) if in_play else None
