"""'Why was Belarus out?' after "who didn't sign the agreement": out of the act just asked.

A particle standing as the predicate ("out") says a withdrawal when nothing else is in play. But
said of a party the last answer named among those who did not do an act (did not sign, skipped,
refused), it says the party stayed out of that act: the question asks of it, at the occasion in
play, by the act's words, not of the party's leaving anything.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.answering import confidence as score
from bot.core.knowledge.dates import PartialDate
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Reading
from bot.core.language.normalize import tokens
from bot.core.language.predicates import predicate_acts
from bot.core.understanding.intent import Intent
from bot.core.understanding.memory import Topic
from bot.core.understanding.understand import Understanding

# What says an act was not done by some: "didn't sign", "skipped", "refused to sign".
_NOT_DONE = LEXICON.words("negations") | LEXICON.words("skipping") | LEXICON.words("refusal")
_PARTICLES = frozenset(LEXICON.predicate_particles)
_NOT = "not"


def out_of_act(
    reading: Reading, dates: list[PartialDate], topic: Topic | None
) -> tuple[Reading, Understanding] | None:
    """The reading (its particle read as the act not done) and understanding of a party asked
    as out of the act the last question asked who did not do; None for any other question."""
    if topic is None or not topic.words or topic.intent != Intent.FACTS_SEARCH:
        return None
    if not predicate_acts(reading.corrected):
        return None
    named = reading.ids()
    if not named or any(entity not in topic.entities for entity in named):
        return None
    if _NOT_DONE.isdisjoint(tokens(topic.question)):
        return None
    said = tuple(_NOT if word in _PARTICLES else word for word in reading.corrected)
    reading = replace(reading, corrected=said, content=reading.content - _PARTICLES)
    subjects = list(dict.fromkeys((*named, *topic.events)))
    understanding = Understanding(
        Intent.FACTS_SEARCH,
        subjects,
        dates,
        certainty=score.FOLLOW_UP,
        from_memory=True,
        carried=topic.words,
    )
    return reading, understanding
