"""Times tied to an event: "who was secretary general when <event>", "the summit after <event>".

The question is split at an anchor phrase (lexicon.yaml: anchor_phrases) into what it asks and the
event it names; the event is resolved to a date (a summit, a conflict, or the facts that say it
happened), and the question is then understood as if it had named that date. Only questions whose
answer depends on a date (office holders, members, the presidency, a neighbouring summit) are
anchored; anything else is left to the ordinary reading.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from bot.core.answering import confidence as weight
from bot.core.answering.check import particles, synonym_stems
from bot.core.answering.retrieval import Retriever, question_words, stem
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import (
    REGULAR_SUMMIT_KINDS,
    Conflict,
    Country,
    Exercise,
    Fact,
    Summit,
)
from bot.core.language.lexicon import (
    CONFLICT_WORDS,
    CUES,
    LEXICON,
    STOPWORDS,
    SUMMIT_WORDS,
    TOPIC_WORDS,
)
from bot.core.language.linking import Linker, Reading
from bot.core.language.normalize import tokens
from bot.core.language.occasions import occasion_index
from bot.core.language.phrases import PhraseTable
from bot.core.language.temporal import find_dates, is_date_word, time_parts
from bot.core.understanding.intent import Intent
from bot.core.understanding.memory import Topic
from bot.core.understanding.offsets import Offset, counted_time, counted_window, split_offset
from bot.core.understanding.steps import step_events, steps_asked
from bot.core.understanding.understand import Understander, Understanding

_PHRASES = PhraseTable(
    (phrase, relation) for relation, phrases in LEXICON.anchor_phrases.items() for phrase in phrases
)
_THEN = LEXICON.then_phrases
# A question word, or a yes/no question's opening verb ("was it chairing ... when ...").
_ASKS = LEXICON.words("interrogatives") | LEXICON.words("which") | LEXICON.words("yes_no_openers")
# Words that open a question after the event ("... took Kabul? when?"); not "was", which an event
# uses too ("when the deployment was decided").
_QUESTION_WORDS = LEXICON.words("interrogatives")
_YES_NO = LEXICON.words("yes_no_openers")
_RELATIVES = LEXICON.words("relatives")
_RELATIVE_FILLERS = LEXICON.words("relative_fillers")
# "The country": the state in play, as "it" is ("who was leading the country then").
_THE_STATE = LEXICON.words("the_state")
# Answers that change with the date asked: only these are read at an event's date.
_TIME_BOUND = frozenset(
    [
        Intent.ORG_SECRETARIES,
        Intent.ORG_PRESIDENCY,
        Intent.MEMBER_AT_DATE,
        Intent.MEMBER_IS,
        Intent.BODY_LEADERSHIP,
    ]
)
# Pronouns that may stand for a state in an event ("after it froze its participation").
_STATE_PRONOUNS = LEXICON.words("pronouns") - LEXICON.words("personal_pronouns")
# Lists narrowed by a span of time (respond/filters.py reads it from the question's words).
_LISTS = frozenset([Intent.SUMMIT_LIST, Intent.EXERCISE_LIST])
# Answers that would be given for today if an event's time were dropped: with the event not
# found, these abstain rather than answer for another time.
_DATED = _TIME_BOUND | _LISTS | {Intent.MEMBER_LIST, Intent.MEMBER_COUNT}
# "The summit before/after" means a regular session (REGULAR_SUMMIT_KINDS), unless it says session.
_SESSION_WORDS = frozenset(["session", "sessions", "meeting", "meetings"])
# "The first extraordinary session after ...": a qualifier naming a kind of session asks for that
# kind (knowledge schema values); one naming how it was held cannot be checked on the records.
_KIND_WORDS = {
    "extraordinary": frozenset(["extraordinary"]),
    "emergency": frozenset(["extraordinary"]),
    "informal": frozenset(["informal"]),
    # "The regular session the year after": not an informal or an extraordinary one.
    "regular": REGULAR_SUMMIT_KINDS,
}
# "The Yerevan one": the pro-form of the summit noun the asked part says.
_ONE = "one"
# The dead and wounded "during the unrest" are the unrest's own: the event is what is asked
# about, not the time of something else (the members then).
_CASUALTIES = CUES["casualties"]
# "Which summits has Armenia stayed away from since it started boycotting them": a clause
# saying again the staying away asked is no time of its own; the list asked covers it all.
_STAYING_AWAY = frozenset(stem(word) for word in LEXICON.words("skipped"))
_HELD_FORMAT = LEXICON.words("held_format")
_SETTLED = LEXICON.words("settled")
# Words of an event that say troops moved or fighting happened: a conflict may be the event.
_HAPPENINGS = LEXICON.words("happenings")
_CONFLICT_CUES = CONFLICT_WORDS | TOPIC_WORDS["forces"] | LEXICON.words("entering") | _HAPPENINGS
# Words that name a conflict itself ("the clashes", "the unrest"): its own dates beat the facts'.
_CONFLICT_NAMING = LEXICON.words("conflict_nouns") | _HAPPENINGS
# "The first in-person summit since November 2019": a record's own claim to be the first.
_FIRST = "first"
_SINCE = "since"
# "After the troops went in there was a summit": "there" and a form of "be" open what is asked.
_BE = LEXICON.words("yes_no_openers")
_THERE = "there"
# A session asked of its neighbours: a summit noun, or leaders meeting ("where did they meet").
_SESSION_VERBS = LEXICON.words("session_verbs")
_ASKS_SESSION = SUMMIT_WORDS | _SESSION_VERBS
_WHERE = "where"
_LIST_WORDS = LEXICON.words("list")
# Verbs that, after "when", make it the question's own word ("when will the next summit be").
_EVENT_PRONOUNS = frozenset(["it", "that", "this"])
_MODALS = LEXICON.words("rule_modals") | frozenset(["will", "would", "shall", "should", "had"])


# Words that say only that someone took up a post ("took over", "was appointed", "started").
_TAKING_OFFICE = (
    LEXICON.words("took_office")
    | LEXICON.words("appointed_words")
    | frozenset({"took", "take", "takes", "taking", "over", "office", "post", "job", "role"})
)


@dataclass(frozen=True, slots=True)
class Anchor:
    """A question split at its anchor phrase: what it asks, the relation and the event's date."""

    asked: tuple[str, ...]
    relation: str  # "at", "before", "after" or "year" (the keys of anchor_phrases)
    event: tuple[str, ...]
    date: PartialDate
    summit: str | None = None  # the event, when it is a summit


def _split(words: tuple[str, ...]) -> tuple[tuple[str, ...], str, tuple[str, ...]] | None:
    """An anchor phrase opening the question, up to its question word; else the first anchor
    phrase after a question word, with the words before and after it; else
    a phrase after what is asked, put as a noun phrase ("the summit after the Yerevan one -
    where?", "chief of the joint staff back when ..."): the event then runs up to the question
    word that follows it, which joins what is asked."""
    return _leading(words) or _after_question_word(words) or _after_noun_phrase(words)


def _after_question_word(
    words: tuple[str, ...],
) -> tuple[tuple[str, ...], str, tuple[str, ...]] | None:
    for index in range(1, len(words) - 1):
        if _ASKS.isdisjoint(words[:index]):
            continue
        found = _phrase_at(words, index)
        if found is not None and found[1]:
            # "... after the Taliban took Kabul? when?": a question word after the event asks too.
            relation, rest = found
            end = _ask_start(rest)
            if rest[:end]:
                return (*_unclaused(words[:index]), *rest[end:]), relation, rest[:end]
    return None


def _after_noun_phrase(
    words: tuple[str, ...],
) -> tuple[tuple[str, ...], str, tuple[str, ...]] | None:
    for index in range(1, len(words) - 1):
        found = _phrase_at(words, index)
        if found is None:
            continue
        relation, rest = found
        end = _ask_start(rest)
        named = [word for word in words[:index] if word not in STOPWORDS]
        if not named or not rest[:end]:
            return None
        return (*_unclaused(words[:index]), *rest[end:]), relation, rest[:end]
    return None


def _ask_start(rest: tuple[str, ...]) -> int:
    """Where what is asked starts again after the event: its first question word, but not one
    opening a relative clause of the event ("after the one where Pashinyan refused to sign"),
    which follows a summit noun and goes on without a verb of asking ("where was it")."""
    for index, word in enumerate(rest):
        if word not in _QUESTION_WORDS:
            continue
        relative = (
            index > 0
            and (rest[index - 1] == _ONE or rest[index - 1] in SUMMIT_WORDS)
            and index + 2 < len(rest)
            and rest[index + 1] not in _BE
        )
        if not relative:
            return index
    return len(rest)


def _unclaused(asked: tuple[str, ...]) -> tuple[str, ...]:
    """What is asked, without a relative clause that only leads into the anchor phrase ("what
    happened at the meeting that came right after": "came" asks nothing of who came)."""
    for index in range(len(asked) - 1, -1, -1):
        if asked[index] in _RELATIVES:
            if index and all(word in _RELATIVE_FILLERS for word in asked[index + 1 :]):
                return asked[:index]
            break
    # "Which meeting came right after": the verb after the summit noun only leads in too.
    noun = max((i for i, word in enumerate(asked) if word in SUMMIT_WORDS), default=None)
    if noun is not None and all(word in _RELATIVE_FILLERS for word in asked[noun + 1 :]):
        return asked[: noun + 1]
    return asked


def _leading(words: tuple[str, ...]) -> tuple[tuple[str, ...], str, tuple[str, ...]] | None:
    """An anchor phrase opening the question ("after the Taliban took Kabul, when did the leaders
    meet"): the event runs up to the first question word, which starts what is asked. A
    question word opening it ("when did ...") is the question itself, not an anchor."""
    found = _phrase_at(words, 0)
    if found is None or (words[0] in _QUESTION_WORDS and not _opens_clause(words)):
        return None
    relation, rest = found
    end = next((i for i, word in enumerate(rest) if _opens_ask(rest, i)), 0)
    if not end:
        return None
    # "When it got suspended, which leader announced IT": what is asked is of the event itself,
    # not of its time.
    if words[0] in _QUESTION_WORDS and not _EVENT_PRONOUNS.isdisjoint(rest[end:]):
        return None
    return rest[end:], relation, rest[:end]


def _opens_clause(words: tuple[str, ...]) -> bool:
    """'When the war broke out, who ...': "when" followed by the event's subject opens a clause
    of time; followed by a verb ("when did", "when will") it asks the question itself."""
    return len(words) > 1 and words[1] not in _BE | _MODALS | _QUESTION_WORDS


def _opens_ask(words: tuple[str, ...], index: int) -> bool:
    """The word opens what is asked: a question word, or "there was" ("after the troops went
    in there was a summit - when?")."""
    if words[index] in _QUESTION_WORDS:
        return True
    return words[index] == _THERE and index + 1 < len(words) and words[index + 1] in _BE


def _one_as_summit(event: tuple[str, ...], asked: tuple[str, ...]) -> tuple[str, ...]:
    """'The meeting right after the Yerevan one': "one" stands for the summit noun the asked
    part says, so the event is read as a summit ("the Yerevan summit")."""
    noun = next((word for word in asked if word in SUMMIT_WORDS), None)
    if noun is None or _ONE not in event or not SUMMIT_WORDS.isdisjoint(event):
        return event
    return tuple(noun if word == _ONE else word for word in event)


def _restated(asked: tuple[str, ...], event: tuple[str, ...]) -> bool:
    """The event clause says again the staying away the question asks about."""
    return not (
        _STAYING_AWAY.isdisjoint(map(stem, asked)) or _STAYING_AWAY.isdisjoint(map(stem, event))
    )


def _plain_date(words: tuple[str, ...]) -> bool:
    """'since 2023', 'before the end of 2023': a date, with at most a part of it, no event."""
    if any(is_date_word(word) for word in words[:1]):
        return True
    parts = time_parts(words)
    content = [w for w in words if w not in STOPWORDS and w not in parts]
    return bool(content) and all(is_date_word(word) for word in content)


def _phrase_at(words: tuple[str, ...], index: int) -> tuple[str, tuple[str, ...]] | None:
    """The anchor phrase starting at the index (its relation) and the words after it."""
    for phrase, relation in _PHRASES.at(words, index):
        rest = words[index + len(phrase) :]
        if index and phrase[-1] in _QUESTION_WORDS and rest and rest[0] in _BE | _MODALS:
            # "Was Georgia ever in it? If so, when did it quit": "when" before its verb asks a
            # second question; it ties the first to no event.
            return None
        return relation, rest
    return None


def _shifted(date: PartialDate, relation: str, end: PartialDate | None = None) -> PartialDate:
    """The month just before the event starts, just after it ends, or the event's own month."""
    if relation == "before":
        day = date.first_day - dt.timedelta(days=1)
    elif relation == "after":
        day = (end or date).last_day + dt.timedelta(days=1)
    else:
        return PartialDate(date.year, date.month)
    return PartialDate(day.year, day.month)


def _one_place_asked(asked: tuple[str, ...]) -> bool:
    """'Where did they meet': "where" with a verb of meeting and no summit noun (a noun is read
    as before), nor a plural or list word ("where were all the sessions")."""
    return (
        _WHERE in asked
        and not _SESSION_VERBS.isdisjoint(asked)
        and SUMMIT_WORDS.isdisjoint(asked)
        and _LIST_WORDS.isdisjoint(asked)
    )


def _contradicts(
    asked: tuple[str, ...], relation: str, date: PartialDate, end: PartialDate | None
) -> bool:
    """'Who held the chairmanship in 2025, before Russia took over': the asked words' own date
    cannot lie before (or after) an event found in 2016, so the event was misread; the question's
    own date is the one the user gave, and the ordinary reading answers at it."""
    given = find_dates(" ".join(asked))
    if not given or relation not in ("before", "after"):
        return False
    if relation == "before":
        return all(day.first_day > date.last_day for day in given)
    return all(day.last_day < (end or date).first_day for day in given)


def _yes_no(asked: tuple[str, ...]) -> bool:
    """What is asked opens as a yes/no question ("was Armenia a member", "is it still in")."""
    return bool(asked) and asked[0] in _YES_NO


def _less_precise(
    event: tuple[PartialDate, PartialDate | None, str | None], given: PartialDate
) -> bool:
    """The event found spans more than the date given for it, which falls within it (a
    conflict's months, and the month of one of its episodes): the date given says better when
    the event was."""
    start, end, _ = event
    if end is None:
        return False
    within = start.first_day <= given.first_day and given.last_day <= end.last_day
    return within and given.last_day - given.first_day < end.last_day - start.first_day


def _given_date(words: tuple[str, ...]) -> tuple[PartialDate, None, None] | None:
    """'Once Uzbekistan came back in 2006': the one date the event's own words give."""
    dates = find_dates(" ".join(words))
    return (dates[0], None, None) if len(dates) == 1 else None


class AnchorReader:
    """Finds an event-relative time in a question and understands the question at that time."""

    def __init__(
        self, catalog: Catalog, linker: Linker, understander: Understander, retriever: Retriever
    ) -> None:
        self.catalog = catalog
        self.linker = linker
        self.understander = understander
        self.retriever = retriever

    def understand(
        self, reading: Reading, memory: Topic | None
    ) -> tuple[Reading, Understanding] | None:
        """The question understood at its event's date, or None when it names no such event."""
        words, offset = split_offset(reading.corrected)
        split = _split(words)
        if split is None:
            return self._then(reading, memory)
        asked, relation, event_words = split
        # "Since 2023", "before 2010": a plain date, read as such elsewhere. "How many were
        # killed during the unrest": the unrest's own toll, no time of something else.
        if (
            _plain_date(event_words)
            or (relation == "at" and not _CASUALTIES.isdisjoint(asked))
            or _restated(asked, event_words)
        ):
            return None
        asked_reading = self.linker.read(" ".join(asked))
        event_words = self._named_for_pronoun(event_words, asked_reading)
        event_words = _one_as_summit(event_words, asked)
        as_said = event_words
        event_words = self._state_for_city(event_words)
        # "When the troops were sent", naming nothing, is said of the conflict in play first.
        in_play = None if self.linker.read(" ".join(event_words)).ids() else memory
        event = (
            self._event_in_play(event_words, in_play)
            or self._event(event_words)
            or self._event_in_play(event_words, memory)
            or _given_date(event_words)
        )
        if event is None and as_said != event_words:
            # "The St Petersburg quorum fiasco": the city stands for its session, not its state.
            event, event_words = self._event(as_said), as_said
        given = _given_date(event_words)
        if event is not None and given is not None and _less_precise(event, given[0]):
            # "When Azerbaijan struck Armenian territory in September 2022": the month the user
            # gave is the episode meant, not the start of the whole conflict (May 2021).
            event = given
        if event is None and offset is not None:
            # A count from an event not found leads nowhere: without it, the question would
            # be answered for another time.
            return self._uncounted(asked_reading, memory)
        if event is None:
            return self._unresolved(asked_reading, relation, event_words, memory)
        date, end, summit = event
        if _contradicts(asked, relation, date, end):
            return None
        anchor = Anchor(asked, relation, event_words, date, summit)
        return self._read_at(asked_reading, anchor, end, offset, memory)

    def _read_at(
        self,
        asked: Reading,
        anchor: Anchor,
        end: PartialDate | None,
        offset: Offset | None,
        memory: Topic | None,
    ) -> tuple[Reading, Understanding] | None:
        """The question read at its event: counted from it, listed in its span, or at it."""
        if offset is not None:
            counted = self._counted(asked, anchor, end, offset, memory)
            return counted or self._uncounted(asked, memory)
        if anchor.relation == "year":
            return self._in_year(anchor, memory)
        if anchor.relation != "at" and _one_place_asked(anchor.asked):
            # "Where did the leaders meet after the Yerevan summit": one session's place, the
            # next one's, not every session since.
            return self._at_event(asked, anchor, end, memory)
        listed = self._list_in_span(anchor, end, memory) if anchor.relation != "at" else None
        return listed or self._at_event(asked, anchor, end, memory)

    def _in_year(
        self, anchor: Anchor, memory: Topic | None
    ) -> tuple[Reading, Understanding] | None:
        """'Where was the summit the year Armenia froze its participation': what is asked, read
        as if the event's year were said ("where was the summit in 2024"). "Tell me the year
        Armenia froze it" asks nothing of that year but the event's own date."""
        if all(word in STOPWORDS or word in _ASKS for word in anchor.asked):
            return None
        year = PartialDate(anchor.date.year)
        reading = self.linker.read(" ".join((*anchor.asked, "in", str(year.year))))
        understanding = self.understander.understand(reading, [year], memory)
        if understanding.intent in (Intent.UNRESOLVED, Intent.ABSTAIN):
            return None
        return reading, replace(understanding, certainty=weight.ANCHORED)

    def _unresolved(
        self, asked: Reading, relation: str, event: tuple[str, ...], memory: Topic | None
    ) -> tuple[Reading, Understanding] | None:
        """An event not found: a question whose answer depends on its time abstains ("the summit
        right before Armenia started boycotting"),
        rather than being answered for today. A person is no event ("before Zas" is an order);
        an event that names nothing but the organization ("before it had to be renewed"), or
        only names a state ("before Kazakhstan"), may be misread, and is left alone."""
        reading = self.linker.read(" ".join(event))
        named = set(reading.ids()) - {self.catalog.organization.id}
        kinds = {self.catalog.kinds[i] for i in named}
        if not kinds or "person" in kinds or not self._said_of(reading):
            return None
        neighbour = relation != "at" and not _ASKS_SESSION.isdisjoint(asked.corrected)
        if not neighbour and self.understander.understand(asked, [], memory).intent not in _DATED:
            return None
        return asked, Understanding(Intent.ABSTAIN, [], [], certainty=weight.NOTHING)

    def _at_event(
        self, asked: Reading, anchor: Anchor, end: PartialDate | None, memory: Topic | None
    ) -> tuple[Reading, Understanding] | None:
        """The neighbouring summit, or a time-bound answer at the event's date."""
        if anchor.relation != "at" and not _ASKS_SESSION.isdisjoint(anchor.asked):
            found = self._neighbour(asked, anchor, memory)
            return (asked, found) if found else None
        at = _shifted(anchor.date, anchor.relation, end)
        understanding = self.understander.understand(asked, [at], memory)
        if understanding.intent not in _TIME_BOUND:
            return None
        if understanding.intent == Intent.MEMBER_IS and not _yes_no(anchor.asked):
            # "Was Uzbekistan a member when the force was created" asks membership at the
            # event's date; "which official insisted their membership was untouchable when ..."
            # asks a person, and membership then is no answer.
            return None
        return asked, replace(understanding, certainty=weight.ANCHORED)

    def _counted(
        self,
        asked: Reading,
        anchor: Anchor,
        end: PartialDate | None,
        offset: Offset,
        memory: Topic | None,
    ) -> tuple[Reading, Understanding] | None:
        """'The year after the deployment', 'a few days after': the question read as if it had
        said the time the count leads to ("a month after Kabul fell": in September 2021), or the
        neighbouring summit within it; None when neither is found (the caller abstains: without
        the count it would answer for the wrong time). A list counts only when nothing else
        narrows it ("the drills planned for the year after Rubezh-2016": that year's)."""
        window = counted_window(offset, anchor.relation, anchor.date, end)
        if window is not None and not _ASKS_SESSION.isdisjoint(anchor.asked):
            found = self._neighbour(asked, anchor, memory, window)
            return (asked, found) if found else None
        at = counted_time(offset, anchor.relation, anchor.date, end)
        if at is None:
            return None
        text = " ".join((*anchor.asked, "in", *tokens(at.human())))
        reading = self.linker.read(text)
        understanding = self.understander.understand(reading, [at], memory)
        intent = understanding.intent
        if intent in (Intent.ABSTAIN, Intent.CLARIFY) or intent.family == "member":
            # A state's own membership steps are not narrowed by a time: "what did Uzbekistan
            # join the same year it left" is not when Uzbekistan joined.
            return None
        if intent in _LISTS and understanding.subjects:
            return None  # "what did Dushanbe ask": a city's sessions listed ask nothing of it
        return reading, replace(understanding, certainty=weight.ANCHORED)

    def _uncounted(
        self, asked: Reading, memory: Topic | None
    ) -> tuple[Reading, Understanding] | None:
        """A counted time that leads to nothing: a question whose answer depends on its time
        abstains rather than be answered at the event's own time; others are left to the
        ordinary reading."""
        neighbour = not _ASKS_SESSION.isdisjoint(asked.corrected)
        if not neighbour and self.understander.understand(asked, [], memory).intent not in _DATED:
            return None
        return asked, Understanding(Intent.ABSTAIN, [], [], certainty=weight.NOTHING)

    def _named_for_pronoun(self, event: tuple[str, ...], asked: Reading) -> tuple[str, ...]:
        """'Which summits did Armenia skip after it froze ...': the event's first pronoun
        stands for the one state the question named before it."""
        states = [i for i in asked.ids() if self.catalog.kinds[i] == "country"]
        at = next((i for i, word in enumerate(event) if word in _STATE_PRONOUNS), None)
        if len(states) != 1 or at is None:
            return event
        return (*event[:at], *tokens(self.catalog.name(states[0])), *event[at + 1 :])

    def _state_for_city(self, event: tuple[str, ...]) -> tuple[str, ...]:
        """'When Yerevan put its participation on ice': with no state or summit named, a city
        whose sessions one state hosted stands for that state (its government acted)."""
        reading = self.linker.read(" ".join(event))
        if reading.ids() or not SUMMIT_WORDS.isdisjoint(event):
            return event
        words = list(event)
        for index, word in enumerate(event):
            host = self.understander.finder.host_of_city(word)
            if host is not None:
                words[index] = " ".join(tokens(self.catalog.name(host)))
        return tuple(" ".join(words).split())

    def _list_in_span(
        self, anchor: Anchor, end: PartialDate | None, memory: Topic | None
    ) -> tuple[Reading, Understanding] | None:
        """'Which summits did Armenia skip after it froze its participation': the list read as
        if the question had said the event's month ("after February 2024"), so the list's span
        comes from the event."""
        edge = end if anchor.relation == "after" and end is not None else anchor.date
        # To the day when the event's day is known: "the drill just before the Yerevan summit"
        # (14 October 2016) is Rubezh, 4-7 October; before the month would leave it out. Month
        # first, so the span word is right before a date word the filters read.
        when = PartialDate(edge.year, edge.month).human().split()
        if edge.day is not None:
            when.insert(1, str(edge.day))
        # The relation's name ("before", "after") is also the span word the filters read.
        text = " ".join((*anchor.asked, anchor.relation, *tokens(" ".join(when))))
        reading = self.linker.read(text)
        understanding = self.understander.understand(reading, find_dates(text), memory)
        if understanding.intent not in _LISTS:
            return None
        return reading, replace(understanding, certainty=weight.ANCHORED)

    def _then(self, reading: Reading, memory: Topic | None) -> tuple[Reading, Understanding] | None:
        """'Who was secretary general then?': the question at the time in play."""
        words = reading.corrected
        phrase = next((p for p in _THEN if words[-len(p) :] == p), None)
        if phrase is None or memory is None or len(words) <= len(phrase):
            return None
        date = memory.date or self._date_in_play(memory)
        if date is None:
            return None
        asked = self.linker.read(" ".join(words[: -len(phrase)]))
        at = [_shifted(date, "at")]
        # "How many members were there at the time": asked on its own first, as "there" leans on
        # nothing then; "who chaired it then" needs the conversation for its "it".
        if asked.has_any(_THE_STATE):
            # "Who was leading the country then": "the country" is the state in play, as "it"
            # is; its leader then is the person in its leading post at the time.
            leader = self.understander.understand(asked, at, memory)
            if leader.intent == Intent.PERSON_ROLES and leader.from_memory:
                return asked, replace(leader, certainty=weight.ANCHORED, aside=True)
        understanding = self.understander.understand(asked, at, None)
        if understanding.intent not in _TIME_BOUND:
            understanding = self.understander.understand(asked, at, memory)
        if understanding.intent not in _TIME_BOUND:
            return None
        return asked, replace(understanding, certainty=weight.ANCHORED, aside=True)

    def _date_in_play(self, memory: Topic) -> PartialDate | None:
        """The start of the summit or conflict in play."""
        for entity_id in (*memory.entities, *memory.events):
            entity = self.catalog.entities.get(entity_id)
            if isinstance(entity, Summit):
                return entity.date
            if isinstance(entity, Conflict):
                return entity.start
        return None

    def _neighbour(
        self,
        asked: Reading,
        anchor: Anchor,
        memory: Topic | None,
        window: tuple[dt.date, dt.date] | None = None,
    ) -> Understanding | None:
        """'The summit after the Minsk one': the next (or last) summit of its kind; with a
        counted time ("a few days after"), only one within it."""
        # "What did Putin say at the summit after ...": not a neighbour question; but a body
        # named ("who was picked as secretary general at the session after") is what the
        # summit decided, asked of it.
        others = [
            i
            for i in asked.ids()
            if i != self.catalog.organization.id and self.catalog.kinds[i] != "body"
        ]
        if others:
            return None
        kinds = {k for word in asked.corrected if word in _KIND_WORDS for k in _KIND_WORDS[word]}
        # "The St Petersburg meeting right after the Yerevan summit": the asked part names the
        # city of its own session, of whatever kind; the event only places it.
        cities = self.understander.finder.city_index
        in_city = {i for word in asked.corrected for i in cities.get(word, ())}
        any_kind = bool(in_city) or not _SESSION_WORDS.isdisjoint(asked.corrected)
        summits = [
            s
            for s in self.catalog.summits()
            if s.id != anchor.summit
            and (s.kind in kinds if kinds else any_kind or s.kind in REGULAR_SUMMIT_KINDS)
            and (not in_city or s.id in in_city)
        ]
        if window is not None:
            # "The summit the year after": the first (or last) one held within the count.
            summits = [s for s in summits if window[0] <= s.date.first_day <= window[1]]
        if anchor.relation == "before":
            earlier = [s for s in summits if s.date.last_day < anchor.date.first_day]
            chosen = earlier[-1] if earlier else None
        else:
            later = [s for s in summits if s.date.first_day > anchor.date.last_day]
            chosen = later[0] if later else None
            if chosen is not None and not _format_said(chosen, asked.corrected):
                chosen = _first_held_so(later, asked.corrected, anchor.date) or chosen
        if chosen is None:
            return None
        if not _format_said(chosen, asked.corrected):
            # "The first in-person summit after ...": the next session may have been online,
            # unless its own record says it was held the way asked.
            return Understanding(Intent.ABSTAIN, [], [], certainty=weight.NOTHING)
        understanding = self.understander.understand(asked, [chosen.date], memory)
        intent = understanding.intent
        if intent.family != "summit" or intent in (Intent.SUMMIT_LIST, Intent.SUMMIT_NEXT):
            # "What was the next summit after ...": that summit, not the one still to come.
            intent = Intent.SUMMIT_OVERVIEW
        return Understanding(intent, [chosen.id], [chosen.date], certainty=weight.ANCHORED)

    def _event(
        self, words: tuple[str, ...]
    ) -> tuple[PartialDate, PartialDate | None, str | None] | None:
        """The date (and end) of the event the words name: a summit, a conflict, or facts."""
        text = " ".join(words)
        reading = self.linker.read(text)
        dates = find_dates(text)
        kinds = {self.catalog.kinds[i] for i in reading.ids()}
        if "summit" in kinds or not SUMMIT_WORDS.isdisjoint(reading.corrected):
            return self._summit_event(reading, dates)
        if "exercise" in kinds:
            return self._exercise_event(reading)
        if "person" in kinds and not self._said_beyond_taking_office(reading):
            # "before Zas", "before Zas took over": the office's own order answers that
            return None
        founded = self._founding(reading)
        return (founded, None, None) if founded else self._happening(reading, dates, kinds)

    def _summit_event(
        self, reading: Reading, dates: list[PartialDate]
    ) -> tuple[PartialDate, PartialDate | None, str | None] | None:
        """The one summit the words point to, with its date."""
        summits = self.understander.finder.summits_meant(reading, dates)
        if len(summits) != 1:
            summits = self._summit_on_day(reading, dates)
        summit = self.catalog.entities[summits[0]] if len(summits) == 1 else None
        return (summit.date, None, summit.id) if isinstance(summit, Summit) else None

    def _summit_on_day(self, reading: Reading, dates: list[PartialDate]) -> list[str]:
        """'The summit where Pashinyan refused to sign the declaration': the one summit held on
        the very day the facts say the clause happened."""
        if not self._said_of(reading):
            return []
        found = self._from_facts(reading, dates)
        day = found[0] if found else None
        if day is None or day.day is None:
            return []
        return [s.id for s in self.catalog.summits() if s.date == day]

    def _exercise_event(
        self, reading: Reading
    ) -> tuple[PartialDate, PartialDate | None, str | None] | None:
        """'The year after Rubezh-2016': the one exercise named, from its start to its end."""
        named = [i for i in reading.ids() if self.catalog.kinds[i] == "exercise"]
        exercise = self.catalog.entities.get(named[0]) if len(set(named)) == 1 else None
        if not isinstance(exercise, Exercise):
            return None
        return exercise.start, exercise.end, None

    def _happening(
        self, reading: Reading, dates: list[PartialDate], kinds: set[str]
    ) -> tuple[PartialDate, PartialDate | None, str | None] | None:
        """A conflict, a membership step, or what the facts say happened."""
        corrected = set(reading.corrected)
        naming = "conflict" in kinds or not _CONFLICT_NAMING.isdisjoint(corrected)
        conflict = self._conflict(reading, dates) if naming else None
        step = self._membership_step(reading, dates)
        facts = None if step else self._from_facts(reading, dates)
        found = step or (facts[0] if facts else None)
        end = facts[1] if facts else None
        if end is not None and reading.has("in_force"):
            found, end = end, None  # "when the Charter entered into force": its end, not signing
        if conflict is not None:
            return _episode(conflict, found, end)
        if found is not None:
            return found, end, None
        cued = not _CONFLICT_CUES.isdisjoint(corrected)
        return self._conflict(reading, dates) if cued else None

    def _said_of(self, reading: Reading) -> bool:
        """The event says something of what it names ("when Tokayev asked for help"), beyond
        the name ("before Zas")."""
        names = self._names_said(reading)
        return any(w not in STOPWORDS and w not in names for w in reading.corrected)

    def _founding(self, reading: Reading) -> PartialDate | None:
        """'When the rapid reaction force was created' (or agreed, adopted): the one body named,
        when it was set up."""
        if not reading.has("founded") and _SETTLED.isdisjoint(reading.corrected):
            return None
        bodies = [i for i in reading.ids() if self.catalog.kinds[i] == "body"]
        body = self.catalog.entities.get(bodies[0]) if len(bodies) == 1 else None
        founded = getattr(body, "founded", None)
        return founded.date if isinstance(founded, Fact) else None

    def _conflict(
        self, reading: Reading, dates: list[PartialDate]
    ) -> tuple[PartialDate, PartialDate | None, str | None] | None:
        """The start and end of the one conflict the words point to."""
        conflicts = self.understander.finder.conflicts_meant(reading, dates)
        if len(conflicts) != 1:
            return None
        conflict = self.catalog.entities[conflicts[0]]
        return (conflict.start, conflict.end, None) if isinstance(conflict, Conflict) else None

    def _event_in_play(
        self, words: tuple[str, ...], memory: Topic | None
    ) -> tuple[PartialDate, PartialDate | None, str | None] | None:
        """'When the troops were sent', said of the conflict in play: that conflict's start."""
        if memory is None or _CONFLICT_CUES.isdisjoint(words):
            return None
        for entity_id in (*memory.entities, *memory.events):
            conflict = self.catalog.entities.get(entity_id)
            if isinstance(conflict, Conflict):
                return conflict.start, None, None
        return None

    def _membership_step(self, reading: Reading, dates: list[PartialDate]) -> PartialDate | None:
        """'When Uzbekistan came back': the state's recorded step (in the year given, if any)."""
        steps = steps_asked(reading)
        states = [i for i in reading.ids() if self.catalog.kinds[i] == "country"]
        if steps is None or len(states) != 1:
            return None
        country = self.catalog.entities[states[0]]
        if not isinstance(country, Country):
            return None
        years = {date.year for date in dates}
        events = [e for e in step_events(country, steps) if not years or e.date.year in years]
        nth = None if years else occasion_index(reading.corrected)
        if nth is not None:  # "when Uzbekistan left the second time": the second such step
            return events[nth].date if -len(events) <= nth < len(events) else None
        return events[-1].date if len(events) == 1 or (events and years) else None

    def _said_beyond_taking_office(self, reading: Reading) -> bool:
        """The event says more of the people it names than that they took up their post
        ("when Zas took over", "once Tasmagambetov was appointed" say only that)."""
        names = self._names_said(reading)
        return any(
            w not in STOPWORDS and w not in names and w not in _TAKING_OFFICE
            for w in reading.corrected
        )

    def _names_said(self, reading: Reading) -> set[str]:
        """The words of the names the event says, but not those of an episode's other name: "the
        Four-Day War" names the Karabakh conflict, and only the facts of that episode say it."""
        named = set()
        for mention in reading.mentions:
            said = set(reading.corrected[mention.start : mention.end])
            if self.catalog.kinds.get(mention.entity_id) != "conflict":
                named |= said
            else:
                named |= said & set(tokens(self.catalog.name(mention.entity_id)))
        return named

    def _from_facts(
        self, reading: Reading, dates: list[PartialDate]
    ) -> tuple[PartialDate, PartialDate | None] | None:
        """The date (and recorded end) of the facts that say the event happened, when they agree
        on the year."""
        names = self._names_said(reading)
        words, topics = question_words(set(reading.corrected), names)
        # Coverage is judged on the event's own words, each met by itself or a synonym ("asked"
        # by "requested"), not on every synonym the search ranks with.
        # A phrasal verb's particle ("broke out") is worded apart in a fact ("began").
        own = [w for w in reading.corrected if w not in STOPWORDS and w not in names | particles()]
        focus = {stem(w) for w in own} & words
        if not focus:
            return None
        kin = {stem(w): synonym_stems(w) for w in own}
        scope = set(reading.ids()) - {self.catalog.organization.id} or None
        hits = self.retriever.search(
            words, topics, focus, scope, dates=dates, wants_date=True, kin=kin
        )
        full = [h for h in hits if h.item is not None and h.coverage >= weight.ANCHOR_COVERAGE]
        if not full:
            return None
        best = full[0].score
        close = [h for h in full if h.score >= best - weight.ANCHOR_MARGIN]
        when = [h.item.date for h in close if h.item is not None and h.item.date is not None]
        if not when or len({d.year for d in when}) != 1:
            return None
        if dates and not any(_within(when[0], date) for date in dates):
            return None  # the facts found happened at another time than the one the words give
        earliest = min(when, key=lambda day: day.first_day)
        # "After the second Karabakh war": the end its fact records, if one does.
        ends = [h.item.fact.end for h in close if h.item is not None and h.item.date == earliest]
        return earliest, next((end for end in ends if end is not None), None)


def _episode(
    conflict: tuple[PartialDate, PartialDate | None, str | None],
    found: PartialDate | None,
    found_end: PartialDate | None,
) -> tuple[PartialDate, PartialDate | None, str | None]:
    """'During the clashes in 2021': the conflict's own period, unless the facts date the event
    within it ("during the second Karabakh war", in a conflict of decades)."""
    start, end, _ = conflict
    if found is None or found.first_day < start.first_day:
        return conflict
    inside = end is None or found.first_day <= end.last_day
    return (found, found_end, None) if inside else conflict


def _format_said(summit: Summit, asked: tuple[str, ...]) -> bool:
    """Every word of how a session was held that the question asks ("online") is said by the
    summit's own record."""
    wanted = _HELD_FORMAT.intersection(asked)
    if not wanted:
        return True
    said = {word for text in _record_texts(summit) for word in tokens(text)}
    return wanted <= said


def _first_held_so(
    later: list[Summit], asked: tuple[str, ...], event: PartialDate
) -> Summit | None:
    """'The first in-person summit after Bishkek 2019': a later summit whose own record says it
    was held the way asked and was the first so held since a time no later than the event
    ("the first fully in-person summit since November 2019"), so none between was."""
    for summit in later:
        if _format_said(summit, asked) and _first_since(summit, event):
            return summit
    return None


def _first_since(summit: Summit, event: PartialDate) -> bool:
    """The summit's record says it was the first of its kind since a time up to the event."""
    for text in _record_texts(summit):
        words = tokens(text)
        if _FIRST not in words or _SINCE not in words:
            continue
        since = " ".join(words[words.index(_SINCE) + 1 :])
        if any(day.first_day <= event.last_day for day in find_dates(since)):
            return True
    return False


def _record_texts(summit: Summit) -> list[str]:
    """The summit's name, other names and the texts of its chair and decisions."""
    texts = [summit.name, *summit.aliases]
    return texts + [fact.text for fact in (summit.chair, *summit.decisions) if fact is not None]


def _within(day: PartialDate, span: PartialDate) -> bool:
    """The date falls inside the span (a year or a month the question gave)."""
    return span.first_day <= day.first_day <= span.last_day
