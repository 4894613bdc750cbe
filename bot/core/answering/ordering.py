"""Which of two events came first: each dated by its own answer, then the two dates compared."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.answering.compose import CITATION_MARKER
from bot.core.answering.retrieval import stems
from bot.core.api import Answer, FactRef, SourceRef
from bot.core.knowledge.dates import PartialDate
from bot.core.language.temporal import find_dates

# Where a fact's clauses part ("... (14 February 1992), then the Treaty (15 May 1992)"): the date
# of an event is the one in the clause that names it. A comma before a year is a date's own.
_CLAUSE_END = re.compile(r"[;()]|,(?!\s*\d{4})")
ORDER_INTENT = "facts.order"
_LIST = ".list"  # the intents that answer with a list of records end so


@dataclass(frozen=True, slots=True)
class Dated:
    """One event as the user named it, and the fact and date its own answer gives it."""

    event: str
    answer: Answer
    fact: FactRef | None = None
    date: PartialDate | None = None
    several: bool = False  # the answer lists several of what the event names, at other times


def dated(event: str, answer: Answer, scope: str = "") -> Dated:
    """The event's date: from the fact of its answer that names most of the event's words, in
    the clause that names them; no date when no fact names any, or none falls in the scope."""
    if not answer.answered:
        return Dated(event, answer)
    own = {word for word in stems(event) if not word.isdigit()}
    shares = [(len(own & stems(fact.text)), fact) for fact in answer.facts]
    most = max((shared for shared, _ in shares), default=0)
    if not most:
        return Dated(event, answer)
    best = [fact for shared, fact in shares if shared == most]
    within = find_dates(scope)

    def in_scope(date: PartialDate | None) -> bool:
        return date is not None and (not within or any(_overlap(date, w) for w in within))

    date = _date_of(own, best[0])
    if date is None or not in_scope(date):
        return Dated(event, answer)
    # "The Astana summit" answered by a list of three (2011, 2018, 2024): which is meant is
    # unclear, so it is not dated. An answer about one thing ranks its facts: the first stands.
    listed = answer.intent.endswith(_LIST) or bool(answer.items)
    for other in best[1:] if listed else ():
        also = _date_of(own, other)
        if also is not None and in_scope(also) and not _overlap(date, also):
            return Dated(event, answer, several=True)
    return Dated(event, answer, best[0], date)


def _date_of(own: set[str], fact: FactRef) -> PartialDate | None:
    """The most precise date of the fact's clause naming most of the event's words, else of the
    fact's own date."""
    best: tuple[int, PartialDate] | None = None
    for clause in _CLAUSE_END.split(fact.text):
        found = find_dates(clause)
        shared = len(own & stems(clause))
        if found and (best is None or shared > best[0]):
            best = (shared, found[0])
    if best is not None:
        return best[1]
    try:
        return PartialDate.parse(fact.date) if fact.date else None
    except ValueError:
        return None


def _overlap(one: PartialDate, other: PartialDate) -> bool:
    return one.first_day <= other.last_day and other.first_day <= one.last_day


def ordered(question: str, one: Dated, two: Dated) -> Answer | None:
    """Which came first, with both dates and the facts that give them; when one date is not
    known or the two cannot be told apart, that is said, and the question not answered. None
    when neither event is dated."""
    shown = [d for d in (one, two) if d.fact is not None and d.date is not None]
    if not shown:
        return None
    if one.date is None or two.date is None:
        known = shown[0]
        unknown = two if known is one else one
        missing = (
            f"the fact base records several of {unknown.event} at different times, and I can't"
            " tell which is meant"
            if unknown.several
            else f"I couldn't find when {unknown.event} was"
        )
        lead = (
            f"I can't say which came first: {_name(known)} dates to {_when(known)}, but {missing}."
        )
        return _answer(question, lead, shown, answered=False)
    if one.date.last_day < two.date.first_day:
        first, second = one, two
    elif two.date.last_day < one.date.first_day:
        first, second = two, one
    else:
        lead = (
            f"I can't tell which came first: {_name(one)} dates to {_when(one)} and"
            f" {two.event} to {_when(two)}."
        )
        return _answer(question, lead, shown, answered=False)
    lead = (
        f"{_capital(_name(first))} came first ({_when(first)}), before {second.event}"
        f" ({_when(second)})."
    )
    return _answer(question, lead, shown, answered=True)


def _name(event: Dated) -> str:
    return event.event


def _when(event: Dated) -> str:
    return event.date.human() if event.date is not None else "an unknown date"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _answer(question: str, lead: str, shown: list[Dated], *, answered: bool) -> Answer:
    """The lead sentence, then each event's fact (once) with its sources numbered anew."""
    sources: dict[str, SourceRef] = {}
    facts: dict[str, FactRef] = {}
    texts = [lead]
    for event in shown:
        fact = event.fact
        if fact is None or fact.id in facts:
            continue
        facts[fact.id] = fact
        refs = {ref.id: ref for ref in event.answer.sources}
        for source in fact.sources:
            if source in refs:
                sources.setdefault(source, refs[source])
        order = list(sources)
        markers = "".join(f"[{order.index(s) + 1}]" for s in fact.sources if s in sources)
        texts.append(f"{CITATION_MARKER.sub('', fact.text).strip()} {markers}".strip())
    answers = [event.answer for event in shown]
    confidence = min(a.confidence for a in answers) if answered else 0.0
    return Answer(
        question=question,
        answered=answered,
        text=" ".join(texts),
        facts=tuple(facts.values()),
        sources=tuple(sources.values()),
        as_of=tuple(sorted({d for a in answers for d in a.as_of})),
        confidence=confidence,
        intent=ORDER_INTENT,
        entities=tuple(dict.fromkeys(e for a in answers for e in a.entities)),
        knowledge_version=answers[0].knowledge_version,
    )
