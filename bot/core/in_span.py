"""How long between two events: each dated by its own "when" question, then the time counted
("how many days after the taliban took kabul did the leaders meet")."""

from __future__ import annotations

from dataclasses import replace

from bot.core.answering.check import synonym_stems
from bot.core.answering.ordering import Dated, Kin, dated, led_with, spanned
from bot.core.answering.retrieval import stem
from bot.core.api import Answer, Context
from bot.core.asking import Asking
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Conflict, Exercise, Summit
from bot.core.language.lexicon import LEXICON, STOPWORDS
from bot.core.language.normalize import tokens
from bot.core.language.temporal import is_date_word
from bot.core.loaded import LoadedKnowledge
from bot.core.understanding.memory import Topic
from bot.core.understanding.order import SpanAsk, edge_of, edge_words, within

# The fact id of a record's own summary (its name, dates and place), after the record's id.
_RECORD = "/record"
# "... did it rejoin": an event pointing back at what the other names.
_POINTERS = LEXICON.words("pronouns")
# "How long after IT was signed did the treaty take effect": a pronoun of the first event that
# stands for the second's subject, named only after it.
_AHEAD = LEXICON.words("thing_pronouns") | LEXICON.words("plural_pronouns")
_ARTICLES = frozenset(["the", "a", "an"])
# A thing called off did not happen: a fact saying so does not date an event that happened.
_CALLED_OFF = frozenset(stem(word) for word in LEXICON.words("cancelled"))


def in_span(asking: Asking, loaded: LoadedKnowledge, asked: SpanAsk, context: Context) -> Answer:
    """The time between two events, each dated by its own "when" question: alone, else asked
    after the other event, on which it may lean ("the fighting began" of the clashes whose
    protocol was asked), else (the second) at its place next to the first ("the session after
    the taliban took kabul"). Not answered when either is not dated."""
    before = asking.memory.recall(context.conversation)
    asked = _named_ahead(loaded, asked)
    first_ask, second_ask = asked.questions()

    def alone(ask: str, event: str) -> Dated:
        kin = kin_of(loaded, event)
        pointed = not kin.words and before is not None and bool(before.question)
        if pointed and before is not None:
            # "How long after that ...": the last question asked again, its answer's lead fact.
            ask = before.question
        answer = asking.aside(lambda scratch: asking.one(loaded, ask, scratch), seed=before)[0]
        if pointed:
            return led_with(event, answer)
        return _recorded(loaded, dated(event, answer, event, kin))

    def leaning(scratch: Context) -> Answer:
        asking.one(loaded, first_ask, scratch)
        return asking.one(loaded, second_ask, scratch)

    first = alone(first_ask, asked.first)
    if loaded.linker.read(asked.second).has_any(_POINTERS):
        # "... did it rejoin": the second event's "it" is what the first names.
        answer = asking.aside(leaning, seed=before)[0]
        # Its fact is met by what "it" stands for too ("the treaty"), so that another
        # document's taking effect in the same answer does not date it.
        meant = _named_words(loaded, asked.first)
        second = dated(asked.second, answer, asked.second, kin_of(loaded, asked.second, meant))
    else:
        second = alone(second_ask, asked.second)
    if first.date is None and second.date is not None:
        first = _within(asking, loaded, (first, second), before)
    if second.date is None and first.date is not None:
        second = _within(asking, loaded, (second, first), before)
    if second.date is None or not _in_turn(asked, first, second):
        anchored = alone(asked.anchored(), asked.second)
        second = anchored if anchored.date is not None else second
    first = _kept_within(asking, loaded, (first, second), before)
    second = _kept_within(asking, loaded, (second, first), before)
    return spanned("", asked, first, second)


def _kept_within(
    asking: Asking, loaded: LoadedKnowledge, events: tuple[Dated, Dated], before: Topic | None
) -> Dated:
    """An event that names nothing ("the completion of the pullout"), dated alone by a fact
    of another conflict than the one the other event was dated in (the peacekeepers' pullout
    from Karabakh, against the Kazakh deployment's first arrivals), is read again within the
    other's conflict; a span across two conflicts that the question never named is no answer.
    `events`: the event checked, then the other."""
    event, other = events
    owners = [d.fact.owner if d.fact is not None else "" for d in events]
    records = [loaded.catalog.entities.get(owner) for owner in owners]
    apart = all(isinstance(r, Conflict) for r in records) and owners[0] != owners[1]
    if not apart or loaded.linker.read(event.event).mentions:
        return event
    return _within(asking, loaded, (Dated(event.event, event.answer), other), before)


def _named_ahead(loaded: LoadedKnowledge, asked: SpanAsk) -> SpanAsk:
    """The first event with its pronoun read as the subject the second event names ("how long
    after it first quit did Uzbekistan come back": "Uzbekistan first quit"); asked with "it",
    the first event would be dated as nothing, or as whatever was in play. Unchanged when the
    second event's subject is no name of the fact base's."""
    words = asked.first.split()
    at = next((i for i, word in enumerate(words) if word.casefold() in _AHEAD), None)
    if at is None or loaded.linker.read(asked.second).has_any(_POINTERS):
        return asked
    subject = _subject(loaded, asked.second)
    if not subject:
        return asked
    first = " ".join([*words[:at], subject, *words[at + 1 :]])
    return replace(asked, first=first)


def _subject(loaded: LoadedKnowledge, event: str) -> str:
    """The event's leading words that are a name, or a part of one, of the fact base ("the
    collective security treaty" of "the collective security treaty actually took effect");
    empty when the event does not open with one."""
    words = loaded.linker.read(event).corrected
    start = 1 if words[:1] and words[0] in _ARTICLES else 0
    known = _name_words(loaded)
    end = start
    while end < len(words) and words[end] in known:
        end += 1
    return " ".join(words[:end]) if end > start else ""


def _named_words(loaded: LoadedKnowledge, event: str) -> str:
    """The event's words that are words of the fact base's names ("treaty" of "they signed
    the treaty"): what a pronoun pointing back at it may stand for."""
    known = _name_words(loaded)
    return " ".join(word for word in loaded.linker.read(event).corrected if word in known)


def _name_words(loaded: LoadedKnowledge) -> frozenset[str]:
    """Every word of the fact base's names and aliases, but for the common ones (stopwords)."""
    names = (
        text
        for entity in loaded.catalog.entities.values()
        for text in (entity.name, *entity.aliases)
    )
    return frozenset(word for text in names for word in tokens(text)) - STOPWORDS


def _within(
    asking: Asking, loaded: LoadedKnowledge, events: tuple[Dated, Dated], before: Topic | None
) -> Dated:
    """An event not dated alone, read within the one conflict or exercise the other event's
    answer is about ("the fighting began" of the clashes whose protocol was asked); "the start"
    of it is that record's own start. Left undated when the other answer is about no such
    record. `events`: the undated event, then the other."""
    undated, other = events
    catalog = loaded.catalog
    # The record whose fact dated the other event, else the one its answer leads with.
    owner = other.fact.owner if other.fact is not None else ""
    leading = other.answer.entities[:1]
    record = next(
        (
            catalog.entities[e]
            for e in (owner, *leading)
            if isinstance(catalog.entities.get(e), Conflict | Exercise)
        ),
        None,
    )
    if not isinstance(record, Conflict | Exercise):
        return undated
    ask = within(undated.event, record.name)
    answer = asking.aside(lambda scratch: asking.one(loaded, ask, scratch), seed=before)[0]
    edge = edge_of(undated.event)
    if edge is None:
        return dated(undated.event, answer, undated.event, kin_of(loaded, undated.event))
    date = getattr(record, edge)
    own = next((f for f in answer.facts if f.id == f"{record.id}{_RECORD}"), None)
    if not answer.answered or own is None or not isinstance(date, PartialDate):
        return undated
    return Dated(undated.event, answer, own, date)


def _recorded(loaded: LoadedKnowledge, event: Dated) -> Dated:
    """An event dated by a session's own record ("The Yerevan summit, October 2016 took place
    on 14 October 2016"): the session's recorded date, to the day its record knows."""
    fact = event.fact
    if fact is None or not fact.id.endswith(_RECORD):
        return event
    summit = loaded.catalog.entities.get(fact.id.removesuffix(_RECORD))
    if not isinstance(summit, Summit):
        return event
    return Dated(event.event, event.answer, fact, summit.date)


def _in_turn(asked: SpanAsk, first: Dated, second: Dated) -> bool:
    """The second event lies on the side of the first the question says it does."""
    if first.date is None or second.date is None or asked.relation == "between":
        return True
    if asked.relation == "before":
        return second.date.last_day <= first.date.first_day
    return second.date.first_day >= first.date.last_day


def kin_of(loaded: LoadedKnowledge, event: str, meant: str = "") -> Kin:
    """Each content word of the event as read ("call off" read "cancel"), with its synonyms'
    stems: what a fact's clause may say it by; a word saying which end of a period it is
    ("completed") goes first, as it tells a fact's clauses apart. The words of what it is
    about (its names, its leading subject, and `meant`: what its pronoun stands for) go last,
    and a clause must meet one of the others, which say what happened."""
    reading = loaded.linker.read(event)
    words = reading.corrected
    named = {i for mention in reading.mentions for i in range(mention.start, mention.end)}
    named |= set(range(len(_subject(loaded, event).split())))
    # A date the event gives ("in september 2022") bounds its date (the scope); as a word it
    # would meet any fact of that month ("ratified by 18 September 2003").
    content = [
        (word, i in named)
        for i, word in enumerate(words)
        if word not in STOPWORDS and not is_date_word(word)
    ]
    content += [(word, True) for word in meant.split() if word not in STOPWORDS]
    edges = edge_words()
    # Edge words first, then the words of what happened, then those of what it is about.
    ranked = sorted(content, key=lambda pair: (pair[0] not in edges, pair[1]))
    kin = tuple(frozenset({stem(word)}) | synonym_stems(word) for word, _ in ranked)
    said = frozenset().union(*kin)
    decisive = sum(word in edges for word, _ in content)
    acts = sum(word not in edges and not name for word, name in content)
    return Kin(kin, decisive, acts, _CALLED_OFF - said)
