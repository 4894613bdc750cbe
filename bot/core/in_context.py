"""A question read against what the conversation is about: times it counts from, follow-ups."""

from __future__ import annotations

from dataclasses import replace

from bot.core.closed_world import other_countries
from bot.core.knowledge.dates import PartialDate
from bot.core.language.linking import Reading
from bot.core.language.occasions import singles_out
from bot.core.language.temporal import ANY_YEAR as _YEAR
from bot.core.loaded import LoadedKnowledge
from bot.core.understanding.absent import absent_party
from bot.core.understanding.intent import Intent
from bot.core.understanding.leaders import state_leader
from bot.core.understanding.memory import Topic
from bot.core.understanding.naming import name_in_play
from bot.core.understanding.next_session import session_from_time
from bot.core.understanding.out_of_act import out_of_act
from bot.core.understanding.pronouns import as_words, person_in_play
from bot.core.understanding.series import neighbour_in_series
from bot.core.understanding.shifts import bare_turn, dated_edge, shifted_question, yearly_step
from bot.core.understanding.swaps import past_leaning
from bot.core.understanding.understand import Understanding


def time_shifted(loaded: LoadedKnowledge, reading: Reading, topic: Topic | None) -> str | None:
    """The question with the time it counts from the one in play written out ("the year
    before", "after that"), or None when it counts none."""
    shifted = shifted_question(reading, topic, loaded.catalog) or yearly_step(reading, topic)
    if shifted is not None and bare_turn(reading):
        # "And before that?" after an office's holder is the one before him, not the year.
        return None if loaded.succession.understand(reading, topic) else shifted
    if shifted is not None:
        return shifted
    # "Did it attend the next summit" after a time in play: the session after that time; but
    # "who chaired the one after it" with a summit in play is the next in the summit series.
    session = session_from_time(reading, topic, loaded.catalog)
    if session is not None and loaded.succession.understand(reading, topic) is None:
        return session
    edge = dated_edge(reading, topic, loaded.catalog)
    # "What drill did they cancel after that": after the time in play; but "and the one
    # after that" is the next in a series.
    return edge if edge and loaded.succession.understand(reading, topic) is None else None


def understand(
    loaded: LoadedKnowledge,
    reading: Reading,
    dates: list[PartialDate],
    topic: Topic | None,
) -> tuple[Reading, Understanding]:
    """The question's reading and understanding; an event-relative time is read as a date."""
    reading, understanding = _read(loaded, absent_party(reading, topic), dates, topic)
    return reading, _held_then(understanding, topic, reading)


def _held_then(
    understanding: Understanding, topic: Topic | None, reading: Reading
) -> Understanding:
    """A follow-up of its own timeless keeps the time a question asked about as the one in play:
    "until when?" after "who filled in after him" asks of the acting term just given, not of
    an earlier term of the same post (`then` only orders a person's posts). The years in play
    (`held`) are those a bare follow-up's answer must be of (trust/held_time.py)."""
    if understanding.dates or topic is None or topic.date is None:
        return understanding
    if not understanding.from_memory:
        return understanding
    # The time the conversation holds, asked or only answered ("when did it first leave"
    # then "why?"): trust/held_time.py checks the follow-up's answer against it.
    if _of_topic(understanding, topic, reading):
        understanding = replace(understanding, held=_held_years(topic, topic.date))
    return replace(understanding, then=topic.date) if topic.date_asked else understanding


def _of_topic(understanding: Understanding, topic: Topic, reading: Reading) -> bool:
    """The follow-up asks of what is in play, naming nothing else: "what about the second
    one?" or "and the charter?" asks of another thing, at its own time."""
    kept = {*topic.entities, *topic.events}
    return set(reading.ids()) <= kept and set(understanding.subjects) <= kept


def _held_years(topic: Topic, date: PartialDate) -> tuple[int, ...]:
    """The year in play, then the others the last answer told of: "why?" may be asked of any
    time it gave ("left in 1999 ... suspended in 2012"), and a time kept from an earlier
    question ("... in December 2012" then "which summit did he boycott", answered by 2009)
    is joined by the one just given."""
    if singles_out(topic.question.split()):
        # "When did it first leave" then "why?": the occasion asked was singled out; the later
        # ones the answer told of too are not what "why" asks of.
        return (date.year,)
    said = (int(year) for text in topic.said for year in _YEAR.findall(text))
    return tuple(dict.fromkeys((date.year, *said)))


def _read(
    loaded: LoadedKnowledge,
    reading: Reading,
    dates: list[PartialDate],
    topic: Topic | None,
) -> tuple[Reading, Understanding]:
    """The reading and understanding, by the first reader of follow-ups that takes it."""
    succession = loaded.succession.understand(reading, topic)
    if succession is not None:
        return reading, succession
    neighbour = neighbour_in_series(loaded.catalog, loaded.understander.intents, reading, topic)
    if neighbour is not None:
        return reading, neighbour
    # "Why was Belarus out" after who did not sign: out of that signing, not a withdrawal.
    anchored = loaded.anchors.understand(reading, topic) or out_of_act(reading, dates, topic)
    if anchored is not None:
        return anchored
    picked = loaded.in_play.understand(reading, dates, topic)
    picked = picked or state_leader(loaded.catalog, reading, dates, topic)
    if picked is not None:
        return reading, picked
    his = person_in_play(loaded.catalog, reading, dates, topic)
    if his is not None:
        return as_words(reading, loaded.catalog), his
    understanding = _at_time_in_play(
        loaded.understander.understand(reading, dates, topic), reading, topic
    )
    if understanding.from_memory and understanding.carried:
        # "What about Belarus?" carrying the last question's words: "about" asks no overview.
        reading = past_leaning(reading, loaded.linker)
    if understanding.from_memory and understanding.subjects:
        reading = name_in_play(reading, understanding.subjects[0], loaded.catalog)
    return reading, other_countries(loaded, reading, understanding)


def _at_time_in_play(
    understanding: Understanding, reading: Reading, topic: Topic | None
) -> Understanding:
    """'Why did Belarus stay away' after the 2009 signing it missed: a reason asked of a subject
    the last answer named, with no time of its own, is asked at the time in play."""
    if topic is None or topic.date is None or understanding.dates:
        return understanding
    subjects = understanding.subjects
    in_play = bool(subjects) and all(s in topic.entities for s in subjects)
    if not in_play or "why" not in reading.words:
        return understanding
    if understanding.from_memory:
        # A bare "why (not)?" after a question about a time it gave ("in 2020") asks the
        # reason then: the facts of that time are searched, not the subject's record anew.
        if reading.content or not topic.date_asked or understanding.carried:
            return understanding
        return replace(understanding, intent=Intent.FACTS_SEARCH, dates=[topic.date])
    return replace(understanding, dates=[topic.date])
