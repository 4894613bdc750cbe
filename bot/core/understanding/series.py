"""'What about the earlier round of clashes?': the like event before (or after) the one in play.

Conflicts between the same parties form a series (two rounds of border clashes between the same
two states); a follow-up asking for the earlier or later one of the kind in play, without naming
it, means the neighbour in that series.
"""

from __future__ import annotations

from bot.core.answering import confidence as score
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Conflict
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Reading
from bot.core.understanding.intents import IntentReader
from bot.core.understanding.memory import Topic
from bot.core.understanding.understand import Understanding

_EARLIER = LEXICON.words("earlier_in_series")
_LATER = LEXICON.words("later_in_series")
# Nouns naming a kind of event (or a round of one): "the earlier round", "the later clashes".
_EVENT_NOUNS = LEXICON.words("conflict_nouns") | LEXICON.words("series_nouns")


def neighbour_in_series(
    catalog: Catalog, intents: IntentReader, reading: Reading, memory: Topic | None
) -> Understanding | None:
    """The conflict before or after the one in play, between the same parties, when the
    question asks for "the earlier" or "the later" one of its kind and names none itself."""
    step = _step(reading)
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
    return Understanding(intent, [chosen.id], dates, certainty=score.FOLLOW_UP, from_memory=True)


def _step(reading: Reading) -> int:
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
