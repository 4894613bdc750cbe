"""Years counted from the one in play: "what about the year before?", "and two years later?"."""

from __future__ import annotations

from dataclasses import replace

from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.language.lexicon import ANAPHORA, LEXICON, SUMMIT_WORDS
from bot.core.language.linking import Reading
from bot.core.understanding.intent import Intent
from bot.core.understanding.memory import Topic
from bot.core.understanding.offsets import counted_time, split_offset

_YEAR = LEXICON.words("year_words")
_LATER = LEXICON.words("later_years")
_EARLIER = LEXICON.words("earlier_years")
_SAME = LEXICON.words("same_years")
_NUMBERS = LEXICON.numbers
_FILLERS = frozenset(LEXICON.words("stopwords"))
_MONTHS = LEXICON.words("month_names")
_MONTH = LEXICON.words("month_words")
_TURN = LEXICON.words("next_in_turn")
_BACK = LEXICON.words("previous_in_turn")
_FILLERS_OF_TURN = LEXICON.words("turn_fillers")
_EDGE = LEXICON.words("edge_words")
_POINTER = LEXICON.words("edge_pointers")
_AFTERWARDS = LEXICON.words("edge_alone")
_NEXT_OF_PAST = LEXICON.words("edge_alone_past")
_COMING = LEXICON.words("coming_tense")
# Kinds of subject after which "after that" counts from a time: events, with a time of their
# own, and the organization, whose facts are dated (knowledge schema kinds).
_TIMED_KINDS = frozenset(["summit", "conflict", "organization"])
# Pronouns for one state or person: "after that" is then a step of theirs, not a time.
_ONE_OF_THEM = LEXICON.words("neuter_pronouns") | LEXICON.words("personal_pronouns")
# Words by which a question still points at an event, or names the kind of event it asks.
_POINTS_AT_EVENT = ANAPHORA | LEXICON.words("conflict_nouns") | SUMMIT_WORDS
# "That year", "the same year": the phrases of the time in play that name its year.
_YEAR_THEN = tuple(p for p in LEXICON.then_phrases if p[-1] in _YEAR)
# Offices handed on every year: the holder before (or after) the one in play is that of the year
# before (or after), as "who had it before them?" after this year's chair asks.
_YEARLY_OFFICES = frozenset([Intent.ORG_PRESIDENCY])
_BEFORE = LEXICON.words("predecessor")
_AFTER = LEXICON.words("successor")
_NEUTER = LEXICON.words("neuter_pronouns")
_OFFICE_NAMED = "the presidency"
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
    month = _month_in_play(words, memory, catalog) or _counted_from_play(words, memory, catalog)
    if month is not None:
        return month
    step = _turn_step(words)
    if step:
        # "Then?" after "and the year after": one more year on; "and before that?" one back.
        base = memory.date or event_date(catalog, memory)
        return str(base.year + step) if base is not None else None
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
        base = memory.date or event_date(catalog, memory)
        if base is None:
            return None
        count = 0 if same else _count(words[index - 1]) if index else 1
        year = base.year + (count if later and not same else -count)
        # The phrase's own words go: the year is the time asked, they ask nothing else.
        kept = [w for i, w in enumerate(words) if not (start <= i < end and _is_phrase(w))]
        return " ".join([*kept[:start], str(year), *kept[start:]])
    return None


def yearly_step(reading: Reading, memory: Topic | None) -> str | None:
    """'Who had it before them?' after a yearly office's holder: the question with the step
    written as the year before (or after) the one in play and "it" as the office ("who had the
    presidency in 2025"), so the summit of the hand-over is not taken for "it"; None when the
    office in play is not a yearly one, or the question names anything or steps both ways."""
    if memory is None or memory.intent not in _YEARLY_OFFICES or memory.date is None:
        return None
    if reading.mentions or not reading.has_any(ANAPHORA):
        return None  # "who chaired before Kyrgyzstan": asked of the state named
    words = reading.corrected
    back, on = not _BEFORE.isdisjoint(words), not _AFTER.isdisjoint(words)
    if back == on:
        return None
    # The step and the pronoun it counts from ("before them") give way to the year.
    steps = {i for i, word in enumerate(words) if word in _BEFORE | _AFTER}
    pointers = {i + 1 for i in steps if i + 1 < len(words) and words[i + 1] in ANAPHORA}
    kept = [w for i, w in enumerate(words) if i not in steps | pointers]
    kept = [_OFFICE_NAMED if w in _NEUTER else w for w in kept]
    return " ".join([*kept, "in", str(memory.date.year + (1 if on else -1))])


def dated_edge(reading: Reading, memory: Topic | None, catalog: Catalog) -> str | None:
    """The question with a closing "after that" written as the time in play ("what drill did
    Kyrgyzstan cancel after that" after the 2022 clashes: after 14 September 2022); None when it
    ends otherwise, asks nothing else, or no time to the month is in play. The time is the date
    a question or an answer gave, else the date of the event in play: the first known to the
    month."""
    words = reading.corrected
    if memory is None or len(words) < 3 or bare_turn(reading):
        return None
    # "... afterwards" says "after that" in one word.
    pointed = words[-2] in _EDGE and words[-1] in _POINTER
    next_of_past = words[-1] in _NEXT_OF_PAST and _COMING.isdisjoint(words)
    if not pointed and words[-1] not in _AFTERWARDS and not next_of_past:
        return None
    # After a state or a person, "after that" is a step of theirs ("and when did it suspend its
    # participation after that"), not a time: an event (or the organization's fact) is.
    if not memory.entities or catalog.kinds.get(memory.entities[0]) not in _TIMED_KINDS:
        return None
    if reading.has_any(_ONE_OF_THEM):
        return None  # "when did it suspend ... after that": its step, after the one in play
    dates = [d for d in (memory.date, event_date(catalog, memory)) if d is not None]
    precise = [d for d in dates if d.month is not None]
    if not precise:
        return None
    kept = words[:-1] if pointed else (*words[:-1], "after")
    return " ".join([*kept, precise[0].human().lower()])


def bare_turn(reading: Reading) -> bool:
    """The question is only a step in turn ("and before that?", "next?"), naming no year."""
    return _turn_step(reading.corrected) != 0


def _turn_step(words: tuple[str, ...]) -> int:
    """+1 for a bare "next?" or "and after that?", -1 for "and before that?", else 0."""
    if not words or not set(words) <= _TURN | _BACK | _FILLERS_OF_TURN:
        return 0
    on, back = not _TURN.isdisjoint(words), not _BACK.isdisjoint(words)
    return 0 if on == back else 1 if on else -1


def _month_in_play(words: tuple[str, ...], memory: Topic, catalog: Catalog) -> str | None:
    """'At the summit that November': the month named, in the year in play; 'that month': the
    month in play itself; 'in June that year': the month named, in the year in play."""
    named_then = _month_then(words, memory, catalog)
    if named_then is not None:
        return named_then
    for index, word in enumerate(words[1:], start=1):
        if words[index - 1] not in _SAME or not (word in _MONTHS or word in _MONTH):
            continue
        base = memory.date or event_date(catalog, memory)
        if base is None or (word in _MONTH and base.month is None):
            return None
        month = PartialDate(base.year, base.month).human().lower() if word in _MONTH else None
        named = month or f"{word} {base.year}"
        return " ".join([*words[: index - 1], named, *words[index + 1 :]])
    return None


# "A week later", "a few days earlier": the relation words that close a count from the time in
# play, read as the relation a count before an event's name takes ("a week after the summit").
_COUNTED_RELATION = {
    **dict.fromkeys(LEXICON.words("later_years") - {"next", "following"}, "after"),
    **dict.fromkeys(LEXICON.words("earlier_years") - {"previous", "prior"}, "before"),
}
# Counts whose time lies within a year: a count of years is the year counted (above).
_SHORT_UNITS = frozenset(["day", "week", "month"])
# "About a week later": a hedge before the count, which is read to the month anyway.
_HEDGES = frozenset(["about", "around", "roughly"])
_SHORTEST_COUNT = 3  # "a week later"


def _counted_from_play(words: tuple[str, ...], memory: Topic, catalog: Catalog) -> str | None:
    """'What did the CSTO do about a week later?': the month the count leads to from the date
    in play, written out ("... in august 2021"); None when the question ends otherwise, the
    count is of years, or the date in play is too rough for it."""
    end = len(words) - (len(words) > 1 and words[-1] in _POINTER)
    if end < _SHORTEST_COUNT or words[end - 1] not in _COUNTED_RELATION:
        return None
    relation = _COUNTED_RELATION[words[end - 1]]
    kept, offset = split_offset((*words[: end - 1], relation))
    if offset is None or offset.unit not in _SHORT_UNITS:
        return None
    if offset.rough and offset.unit == "month":
        return None  # "a few months later" spans months: no one month is the one meant
    base = memory.date or event_date(catalog, memory)
    time = None if base is None else counted_time(offset, relation, base, None)
    if time is None:
        return None
    ask = kept[:-1]
    ask = ask[:-1] if ask and ask[-1] in _HEDGES else ask
    return " ".join([*ask, "in", time.human().lower()])


def _month_then(words: tuple[str, ...], memory: Topic, catalog: Catalog) -> str | None:
    """'Who signed in June that year', 'in June of the same year': the month named, in the year
    in play; the year alone would leave every event of that year open to the question."""
    for index, word in enumerate(words):
        if word not in _MONTHS:
            continue
        after = index + 1 + (words[index + 1 : index + 2] == ("of",))
        phrase = next((p for p in _YEAR_THEN if words[after : after + len(p)] == p), None)
        if phrase is None:
            continue
        base = memory.date or event_date(catalog, memory)
        if base is None:
            return None
        return " ".join([*words[:index], f"{word} {base.year}", *words[after + len(phrase) :]])
    return None


def _is_phrase(word: str) -> bool:
    """A word of the counting phrase ("the", "two", "years", "later", "that")."""
    return any(word in words for words in (_YEAR, _LATER, _EARLIER, _SAME, _FILLERS, _NUMBERS))


def event_date(catalog: Catalog, memory: Topic) -> PartialDate | None:
    """The date of the subject in play (a summit's day, a conflict's start), else of the event in
    play ("what did the secretary general do about it" keeps the clashes in play)."""
    for entity_id in (*memory.entities[:1], *memory.events[:1]):
        entity = catalog.entities.get(entity_id)
        date = getattr(entity, "date", None) or getattr(entity, "start", None)
        if isinstance(date, PartialDate):
            return date
    return None


def moved_on(
    memory: Topic | None, reading: Reading, date: PartialDate, catalog: Catalog
) -> Topic | None:
    """The topic without the dated events the counted year has left ("who joined the next
    year?" after the 1992 signing asks about 1993, not the signing): an event held outside the
    year asked is no longer the one meant, unless the question still points at one ("there",
    "they") or names the kind of event it wants ("the clash the year before")."""
    if memory is None or reading.has_any(_POINTS_AT_EVENT):
        return memory
    gone = {e for e in (*memory.entities, *memory.events) if _outside(catalog, e, date)}
    if not gone:
        return memory
    entities = tuple(e for e in memory.entities if e not in gone)
    events = tuple(e for e in memory.events if e not in gone)
    return replace(memory, entities=entities, events=events)


def _outside(catalog: Catalog, entity_id: str, date: PartialDate) -> bool:
    """The entity is an event with a date of its own, and it falls wholly outside the date."""
    entity = catalog.entities.get(entity_id)
    start = getattr(entity, "date", None) or getattr(entity, "start", None)
    if not isinstance(start, PartialDate):
        return False
    end = getattr(entity, "end", None)
    last = end.last_day if isinstance(end, PartialDate) else start.last_day
    # By years: "that october" after a September clash is still the clash's year.
    return last.year < date.year or start.year > date.year
