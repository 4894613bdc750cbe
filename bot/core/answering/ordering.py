"""Which of two events came first: each dated by its own answer, then the two dates compared."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.core.answering.compose import CITATION_MARKER
from bot.core.answering.retrieval import stems
from bot.core.api import Answer, FactRef, SourceRef
from bot.core.knowledge.dates import PartialDate
from bot.core.language.temporal import find_dates
from bot.core.understanding.order import SpanAsk

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


def dated(event: str, answer: Answer, scope: str = "", kin: Kin | None = None) -> Dated:
    """The event's date: from the fact of its answer that names most of the event's words, in
    the clause that names them; no date when no fact names any, or none falls in the scope.
    `kin`: each of the event's words with its synonyms' stems ("cancel" meets "called off"),
    so that a clause of a fact is met by what it says, not only by its words."""
    if not answer.answered:
        return Dated(event, answer)
    own = {word for word in stems(event) if not word.isdigit()}
    meets = _Meets(own, kin)
    shares = [(meets.fact_score(fact.text), fact) for fact in answer.facts]
    most = max((shared for shared, _ in shares), default=(0, 0))
    if not most[-1] and kin is not None and kin.acts:
        # No fact says what happened in the event's words ("rejoined" of a return): the
        # answer's facts are met by all its words, as if none said what happened.
        meets = _Meets(own, replace(kin, acts=0))
        shares = [(meets.fact_score(fact.text), fact) for fact in answer.facts]
        most = max((shared for shared, _ in shares), default=(0, 0))
    if not most[-1]:
        return Dated(event, answer)
    best = [fact for shared, fact in shares if shared == most]
    within = find_dates(scope)

    def in_scope(date: PartialDate | None) -> bool:
        return date is not None and (not within or any(date.overlaps(w) for w in within))

    date = _date_of(meets, best[0])
    if date is None or not in_scope(date):
        return Dated(event, answer)
    # "The Astana summit" answered by a list of three (2011, 2018, 2024): which is meant is
    # unclear, so it is not dated. An answer about one thing ranks its facts: the first stands.
    # Facts of the same thing (a conflict's record and its timeline) date one event, the first
    # the most surely.
    listed = answer.intent.endswith(_LIST) or bool(answer.items)
    for other in best[1:] if listed else ():
        if other.owner == best[0].owner:
            continue
        also = _date_of(meets, other)
        if also is not None and in_scope(also) and not date.overlaps(also):
            return Dated(event, answer, several=True)
    return Dated(event, answer, best[0], date)


@dataclass(frozen=True, slots=True)
class Kin:
    """Each word of an event, as the stems that meet it (its own and its synonyms'); the first
    `decisive` of them say which end of a period the event is ("completed")."""

    words: tuple[frozenset[str], ...]
    decisive: int = 0
    # The next `acts` words, after the decisive ones, say what happened rather than name what
    # it happened to ("take effect" of "the treaty take effect"): a clause that only names the
    # treaty ("acceded to the Collective Security Treaty in 1993") does not date it.
    acts: int = 0
    # Stems a clause may not say, as the event does not ("cancelled" is not "held"): a clause
    # saying a thing was called off does not date its happening.
    unsaid: frozenset[str] = frozenset()


# "began on 13 January 2022 and was complete by 19 January 2022": a clause of its own per date.
_AND_CLAUSE = re.compile(r"\s+and\s+(?=(?:was|were|had|has|is|are|then)\b)")


@dataclass(frozen=True, slots=True)
class _Meets:
    """How much of an event a text says: its stems shared, or (with kin) its words met."""

    own: set[str]
    kin: Kin | None

    def count(self, text: str) -> int:
        said = stems(text)
        if self.kin is None:
            return len(self.own & said)
        return sum(not word.isdisjoint(said) for word in self.kin.words)

    def fact_score(self, text: str) -> tuple[int, int]:
        """A fact's claim to date the event: its words met (with kin, its best clause's)."""
        if self.kin is None:
            return 0, self.count(text)
        return max((score for score, _ in self.scored(text)), default=(0, 0))

    def scored(self, text: str) -> list[tuple[tuple[int, int], str]]:
        """Each clause of the text (with kin, each part of a clause with a date of its own)
        and its claim to date the event: the words met that say which end it is, then the
        others, met in the whole clause (the part "and was complete by ..." says its subject
        before). With kin, a clause that meets no word saying an end the event says, or none
        of its other words, has no claim."""
        if self.kin is None:
            return [((self.count(clause), 0), clause) for clause in _CLAUSE_END.split(text)]
        decisive = self.kin.words[: self.kin.decisive]
        others = self.kin.words[self.kin.decisive :]
        acts = others[: self.kin.acts]
        found = []
        for clause in _CLAUSE_END.split(text):
            context = stems(clause)
            if not context.isdisjoint(self.kin.unsaid):
                continue
            if acts and all(word.isdisjoint(context) for word in acts):
                continue
            met = sum(not word.isdisjoint(context) for word in others)
            for part in _AND_CLAUSE.split(clause):
                said = stems(part)
                ends = sum(not word.isdisjoint(said) for word in decisive)
                if (decisive and not ends) or (others and not met):
                    continue
                found.append(((ends, met), part))
        return found


def _date_of(meets: _Meets, fact: FactRef) -> PartialDate | None:
    """The most precise date of the fact's clause naming most of the event's words, else of the
    fact's own date. With kin, two clauses as good with different dates, or one saying times
    apart, leave it undated."""
    scored = [
        (score, found[0] if meets.kin is None else _one_time(found))
        for score, clause in meets.scored(fact.text)
        if (found := find_dates(clause))
    ]
    if scored:
        top = max(score for score, _ in scored)
        dates = [date for score, date in scored if score == top]
        if meets.kin is not None and len(set(dates)) > 1:
            return None
        return dates[0]
    if meets.kin is not None and not meets.fact_score(fact.text)[1] and meets.kin.words:
        return None  # no clause of the fact says the event
    return _own_date(fact)


def _own_date(fact: FactRef) -> PartialDate | None:
    """The date the fact carries itself, when it has one that parses."""
    try:
        return PartialDate.parse(fact.date) if fact.date else None
    except ValueError:
        return None


def led_with(event: str, answer: Answer) -> Dated:
    """An event pointed at ("that"): the one time its answer's leading fact says, else its own
    date; undated when it says times apart."""
    if not answer.answered or not answer.facts:
        return Dated(event, answer)
    fact = answer.facts[0]
    found = find_dates(fact.text)
    date = _one_time(found) if found else _own_date(fact)
    return Dated(event, answer, fact, date) if date is not None else Dated(event, answer)


def _one_time(found: list[PartialDate]) -> PartialDate | None:
    """The one time a clause's dates say: "in April 1999 ... in 1999" is 1999 (the coarsest,
    which holds the others); dates apart ("from 10 to 14 October") say no one time."""
    coarsest = min(found, key=lambda date: (date.month is not None, date.day is not None))
    inside = all(
        coarsest.first_day <= date.first_day and date.last_day <= coarsest.last_day
        for date in found
    )
    return coarsest if inside else None


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


def _answer(
    question: str, lead: str, shown: list[Dated], *, answered: bool, intent: str = ORDER_INTENT
) -> Answer:
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
        intent=intent,
        entities=tuple(dict.fromkeys(e for a in answers for e in a.entities)),
        knowledge_version=answers[0].knowledge_version,
    )


SPAN_INTENT = "facts.span"
ANY_UNIT = "any"  # "how long": counted in the finest unit both dates allow
_WEEK = 7
_MOST_DAYS_SAID = 62  # "how long": a span up to about two months is said in days
_MONTHS_IN_YEAR = 12


def spanned(question: str, asked: SpanAsk, one: Dated, two: Dated) -> Answer:
    """The time from the first event to the second, counted from one date to the other, with
    both dates and the facts that give them. Not answered when an end is not dated (no end is
    guessed), is dated less precisely than the unit asked, or lies on the other side of the
    first than the question says; nor when neither is (the span asked is not answered by
    anything else, such as a whole conflict's dates)."""
    shown = [d for d in (one, two) if d.fact is not None and d.date is not None]
    if not shown:
        lead = (
            f"I can't say how long it was: I couldn't find when {one.event} was, nor when"
            f" {two.event} was."
        )
        return Answer(
            question=question,
            answered=False,
            text=lead,
            confidence=0.0,
            intent=SPAN_INTENT,
            knowledge_version=one.answer.knowledge_version,
        )
    if one.date is None or two.date is None:
        known = shown[0]
        unknown = two if known is one else one
        lead = (
            f"I can't say how long it was: {_name(known)} dates to {_when(known)}, but I"
            f" couldn't find when {unknown.event} was."
        )
        return _answer(question, lead, shown, answered=False, intent=SPAN_INTENT)
    start, end = one.date, two.date
    if asked.relation == "between" and end.first_day < start.first_day:
        start, end, one, two = end, start, two, one
    wrong_side = (asked.relation == "after" and end.first_day < start.last_day) or (
        asked.relation == "before" and start.first_day < end.last_day
    )
    count = _counted(start, end, asked.unit) if not wrong_side else None
    if count is None:
        lead = (
            f"I can't count that: {_name(one)} dates to {_when(one)} and {two.event} to"
            f" {_when(two)}."
        )
        return _answer(question, lead, shown, answered=False, intent=SPAN_INTENT)
    lead = (
        f"{count}, counted from {_when(one)} ({_name(one)}) to {_when(two)} ({two.event})."
        if asked.relation != "before"
        else f"{count}, counted from {_when(two)} ({two.event}) to {_when(one)} ({_name(one)})."
    )
    return _answer(question, _capital(lead), shown, answered=True, intent=SPAN_INTENT)


def _counted(one: PartialDate, two: PartialDate, unit: str) -> str | None:
    """How far apart two dates are, in the unit asked ("13 days", "6 years and 4 months"), or
    for "how long" the finest both dates allow; None when either is too coarse for the unit (a
    day count needs both days)."""
    if unit == ANY_UNIT:
        # Days for a short span ("8 days"), years and months for a long one, as said.
        days = abs((two.first_day - one.first_day).days)
        short = one.day and two.day and days < _MOST_DAYS_SAID
        unit = "day" if short else "year"
    if unit in ("day", "week"):
        return _in_days(one, two, unit)
    if one.month is None or two.month is None:
        # A year alone says no month: "1994 to 1999" is about five years, not exactly.
        return f"about {_plural(abs(two.year - one.year), 'year')}" if unit == "year" else None
    months = abs((two.year - one.year) * _MONTHS_IN_YEAR + (two.month - one.month))
    if unit == "year" and months >= _MONTHS_IN_YEAR:
        years, rest = divmod(months, _MONTHS_IN_YEAR)
        extra = f" and {_plural(rest, 'month')}" if rest else ""
        return f"{_plural(years, 'year')}{extra}"
    return _plural(months, "month")


def _in_days(one: PartialDate, two: PartialDate, unit: str) -> str | None:
    """Days (or weeks and days) from one day to the other; None unless both days are known."""
    if one.day is None or two.day is None:
        return None
    days = abs((two.first_day - one.first_day).days)
    if unit == "week" and days >= _WEEK:
        return f"{_plural(days // _WEEK, 'week')}{_more(days % _WEEK)} ({_plural(days, 'day')})"
    return _plural(days, "day")


def _plural(number: int, unit: str) -> str:
    return f"{number} {unit}" if number == 1 else f"{number} {unit}s"


def _more(days: int) -> str:
    return f" and {_plural(days, 'day')}" if days else ""
