"""Years counted from the one in play: "what about the year before?", "and two years later?"."""

from __future__ import annotations

from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Reading
from bot.core.understanding.memory import Topic

_YEAR = LEXICON.words("year_words")
_LATER = LEXICON.words("later_years")
_EARLIER = LEXICON.words("earlier_years")
_SAME = LEXICON.words("same_years")
_NUMBERS = LEXICON.numbers
_FILLERS = frozenset(LEXICON.words("stopwords"))
_MONTHS = LEXICON.words("month_names")
_TURN = LEXICON.words("next_in_turn")
_FILLERS_OF_TURN = LEXICON.words("turn_fillers")
_REACH = 2  # "the year before", "a year later", "the following year": the words sit this close


def _count(word: str) -> int:
    """'two' in "two years later" (1 for "a" or "the")."""
    value = _NUMBERS.get(word, word)
    return int(value) if value.isdigit() else 1


def shifted_question(reading: Reading, memory: Topic | None, catalog: Catalog) -> str | None:
    """The question with its counted year written out ("and the next year?" -> "and 2023?"),
    or None when it counts no year from the last one's date."""
    if memory is None:
        return None
    words = reading.corrected
    month = _month_in_play(words, memory, catalog)
    if month is not None:
        return month
    if words and set(words) <= _TURN | _FILLERS_OF_TURN and not _TURN.isdisjoint(words):
        # "Then?" after "and the year after": one more year on.
        base = memory.date or _date_of(catalog, memory)
        return str(base.year + 1) if base is not None else None
    for index, word in enumerate(words):
        if word not in _YEAR:
            continue
        start, end = max(0, index - _REACH), index + _REACH + 1
        near = words[start:end]
        later, earlier = not _LATER.isdisjoint(near), not _EARLIER.isdisjoint(near)
        # "later that year" is still that year: "that" names it, "later" only moves within it.
        same = index > 0 and words[index - 1] in _SAME
        if later == earlier and not same:
            continue
        base = memory.date or _date_of(catalog, memory)
        if base is None:
            return None
        count = 0 if same else _count(words[index - 1]) if index else 1
        year = base.year + (count if later and not same else -count)
        # The phrase's own words go: the year is the time asked, they ask nothing else.
        kept = [w for i, w in enumerate(words) if not (start <= i < end and _is_phrase(w))]
        return " ".join([*kept[:start], str(year), *kept[start:]])
    return None


def _month_in_play(words: tuple[str, ...], memory: Topic, catalog: Catalog) -> str | None:
    """'At the summit that November': the month named, in the year in play."""
    for index, word in enumerate(words[1:], start=1):
        if words[index - 1] in _SAME and word in _MONTHS:
            base = memory.date or _date_of(catalog, memory)
            if base is None:
                return None
            return " ".join([*words[: index - 1], word, str(base.year), *words[index + 1 :]])
    return None


def _is_phrase(word: str) -> bool:
    """A word of the counting phrase ("the", "two", "years", "later", "that")."""
    return any(word in words for words in (_YEAR, _LATER, _EARLIER, _SAME, _FILLERS, _NUMBERS))


def _date_of(catalog: Catalog, memory: Topic) -> PartialDate | None:
    """The date of the subject in play (a summit's day, a conflict's start), else of the event in
    play ("what did the secretary general do about it" keeps the clashes in play)."""
    for entity_id in (*memory.entities[:1], *memory.events[:1]):
        entity = catalog.entities.get(entity_id)
        date = getattr(entity, "date", None) or getattr(entity, "start", None)
        if isinstance(date, PartialDate):
            return date
    return None
