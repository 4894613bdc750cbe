"""'What about the earlier round of clashes?': the like event before (or after) the one in play.

Conflicts between the same parties form a series (two rounds of border clashes between the same
two states); a follow-up asking for the earlier or later one of the kind in play, without naming
it, means the neighbour in that series.
"""

from __future__ import annotations

from itertools import pairwise

from bot.core.answering import confidence as score
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import REGULAR_SUMMIT_KINDS, Conflict, Summit
from bot.core.language.lexicon import LEXICON, SUMMIT_WORDS
from bot.core.language.linking import Reading
from bot.core.understanding.intent import Intent
from bot.core.understanding.intents import IntentReader
from bot.core.understanding.memory import Topic
from bot.core.understanding.understand import Understanding

_EARLIER = LEXICON.words("earlier_in_series")
_LATER = LEXICON.words("later_in_series")
# Nouns naming a kind of event (or a round of one): "the earlier round", "the later clashes".
_EVENT_NOUNS = LEXICON.words("conflict_nouns") | LEXICON.words("series_nouns")
# "The next one", "the previous summit": a session in turn after the one in play.
_SESSION_NOUNS = SUMMIT_WORDS | frozenset(["one"])


def neighbour_in_series(
    catalog: Catalog, intents: IntentReader, reading: Reading, memory: Topic | None
) -> Understanding | None:
    """The conflict before or after the one in play, between the same parties, when the
    question asks for "the earlier" or "the later" one of its kind and names none itself."""
    step = series_step(reading)
    summit = _summit_neighbour(catalog, intents, reading, memory, step)
    if summit is not None:
        return summit
    if memory is None or not step or not reading.has_any(_EVENT_NOUNS):
        return None
    if reading.ids() or any(word.isdigit() for word in reading.corrected):
        return None  # something named, or a year given: the ordinary reading finds it
    current = _conflict_in_play(catalog, memory)
    if current is None:
        return None
    series = [c for c in catalog.conflicts() if set(c.parties) == set(current.parties)]
    series.sort(key=lambda c: c.start.first_day)
    index = series.index(current) + step
    if not 0 <= index < len(series):
        return None
    chosen = series[index]
    dates: list[PartialDate] = []
    intent = intents.intent_for("conflict", reading, dates)
    if intent == Intent.FACTS_SEARCH and not reading.has("asks_reason"):
        # "And the next big round?" asks nothing of it but which it was: its record answers.
        intent = Intent.CONFLICT_OVERVIEW
    return Understanding(intent, [chosen.id], dates, certainty=score.FOLLOW_UP, from_memory=True)


def _summit_neighbour(
    catalog: Catalog, intents: IntentReader, reading: Reading, memory: Topic | None, step: int
) -> Understanding | None:
    """'And the next one, where was it?' after the Yerevan summit: the session after (or before)
    the one in play, of the regular kinds or its own, when the question names nothing itself."""
    words = reading.corrected
    # "The next one", "the previous summit": the step word right before the noun, not "which
    # one of those came back later" (a step of a state, not a session in turn).
    stepped = any(
        word in _EARLIER | _LATER and after in _SESSION_NOUNS for word, after in pairwise(words)
    )
    if memory is None or not step or not stepped:
        return None
    if reading.ids() or any(word.isdigit() for word in reading.corrected):
        return None  # something named, or a year given: the ordinary reading finds it
    current = next(
        (
            entity
            for entity in (
                catalog.entities.get(i) for i in (*memory.entities[:1], *memory.events[:1])
            )
            if isinstance(entity, Summit)
        ),
        None,
    )
    if current is None:
        return None
    # "The next one" steps through the regular kinds, besides the kind of the one in play.
    kinds = REGULAR_SUMMIT_KINDS | {current.kind}
    series = sorted(
        (s for s in catalog.summits() if s.kind in kinds or s.id == current.id),
        key=lambda s: s.date.first_day,
    )
    index = series.index(current) + step
    if not 0 <= index < len(series):
        return None
    dates: list[PartialDate] = []
    intent = intents.intent_for("summit", reading, dates)
    chosen = series[index].id
    return Understanding(intent, [chosen], dates, certainty=score.FOLLOW_UP, from_memory=True)


def series_step(reading: Reading) -> int:
    """-1 for "the earlier one", +1 for "the later one", 0 for neither or both."""
    back, on = reading.has_any(_EARLIER), reading.has_any(_LATER)
    return 0 if back == on else -1 if back else 1


def _conflict_in_play(catalog: Catalog, memory: Topic) -> Conflict | None:
    """The conflict the conversation is about: the lead subject, else the event kept in play."""
    for entity_id in (*memory.entities[:1], *memory.events[:1]):
        entity = catalog.entities.get(entity_id)
        if isinstance(entity, Conflict) and entity.parties:
            return entity
    return None
