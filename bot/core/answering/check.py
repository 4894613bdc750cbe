"""The answer check: does a fact answer *this* question, or only share words with it?

Retrieval ranks facts by the words they share with a question; that alone answers "how does the
organization take decisions" with a fact about a delegation that "took part". Before a fact is
given as the answer it must state the relation asked (a date for "when", a number for "how many",
a place for "where", a reason for "why", a decision for "what was decided"), and hold at the time
asked (a fact of 2009 does not answer a question about 2020).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import StringConstraints

from bot.core.answering import confidence as weight
from bot.core.answering.retrieval import stem, stems
from bot.core.knowledge.catalog import DisputeItem, FactItem
from bot.core.knowledge.dates import PartialDate
from bot.core.language.datafile import DataModel, read_data
from bot.core.language.lexicon import LEXICON, NOT_SPECIFIC, STOPWORDS, SYNONYMS
from bot.core.language.normalize import tokens
from bot.core.language.temporal import find_dates, is_date_word

Phrase = Annotated[str, StringConstraints(min_length=1)]


class Relation(StrEnum):
    """What a question asks for: the kind of thing its answer must state."""

    COUNT = "count"
    WHEN = "when"
    DAY = "day"  # "on what exact day": a date to the day; a year or a month does not answer
    WHERE = "where"
    WHY = "why"  # reasons are worded too many ways to check; retrieval favours them already
    WHO = "who"
    WHAT = "what"  # anything else: no one kind of statement to look for


class _RelationsFile(DataModel):
    """The shape of relations.yaml (see the comments in that file)."""

    asks: dict[Relation, tuple[Phrase, ...]]
    quantities: Phrase
    time_units: Phrase
    span_words: Phrase
    reason_words: Phrase
    light_words: Phrase
    particles: Phrase
    future_words: Phrase
    telling_domain_words: Phrase
    attribute_words: Phrase
    count_openers: tuple[Phrase, ...]
    occasion_words: Phrase
    attribute_paraphrases: dict[Phrase, tuple[Phrase, ...]]
    gap_phrases: tuple[Phrase, ...]
    unseen_phrases: tuple[Phrase, ...]
    other_organizations: tuple[tuple[Phrase, ...], ...]
    paraphrases: dict[Phrase, tuple[Phrase, ...]]


@dataclass(frozen=True, slots=True)
class _Relations:
    asks: tuple[tuple[tuple[str, ...], Relation], ...]
    quantities: frozenset[str]
    time_units: frozenset[str]
    span_words: frozenset[str]
    reasons: frozenset[str]
    light_words: frozenset[str]
    particles: frozenset[str]
    future_words: frozenset[str]
    telling: frozenset[str]
    attributes: frozenset[str]
    count_openers: tuple[tuple[str, ...], ...]
    uncounted: frozenset[str]
    kin: dict[str, frozenset[str]]
    attribute_kin: dict[str, frozenset[str]]
    gaps: tuple[str, ...]
    unseen: tuple[str, ...]
    organizations: tuple[tuple[tuple[str, ...], ...], ...]


@cache
def _relations() -> _Relations:
    raw = read_data(Path(__file__).parents[1] / "language" / "relations.yaml", _RelationsFile).model
    asks = tuple(
        (tuple(phrase.split()), relation)
        for relation, phrases in raw.asks.items()
        for phrase in phrases
    )
    return _Relations(
        asks,
        frozenset(raw.quantities.split()),
        frozenset(raw.time_units.split()),
        frozenset(raw.span_words.split()),
        frozenset(raw.reason_words.split()),
        frozenset(raw.light_words.split()),
        frozenset(raw.particles.split()),
        frozenset(raw.future_words.split()),
        frozenset(raw.telling_domain_words.split()),
        frozenset(raw.attribute_words.split()),
        tuple(tuple(phrase.split()) for phrase in raw.count_openers),
        frozenset(raw.occasion_words.split()) | frozenset(raw.time_units.split()),
        _kin_by_stem({**SYNONYMS, **raw.paraphrases}),
        _kin_by_stem({**SYNONYMS, **raw.paraphrases, **raw.attribute_paraphrases}),
        tuple(phrase.casefold() for phrase in raw.gap_phrases),
        tuple(phrase.casefold() for phrase in raw.unseen_phrases),
        tuple(tuple(tuple(name.split()) for name in names) for names in raw.other_organizations),
    )


def _kin_by_stem(groups: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """Each word's stem mapped to the stems of every group of synonyms it is in, either way."""
    kin: dict[str, set[str]] = {}
    for word, others in groups.items():
        group = {stem(word), *(stem(other) for other in others)}
        for member in group:
            kin.setdefault(member, set()).update(group)
    return {key: frozenset(value) for key, value in kin.items()}


def synonym_stems(word: str) -> frozenset[str]:
    """The word's stem and its synonyms' stems, matched by stem ("sent" meets "deployed")."""
    own = stem(word)
    return _relations().kin.get(own, frozenset()) | {own}


def light_words() -> frozenset[str]:
    """Verbs that carry a question but say nothing of what it asks about ("take", "get")."""
    return _relations().light_words


def telling_domain_words() -> frozenset[str]:
    """Domain words an answer must speak of when asked ("observer", "charter")."""
    return _relations().telling


def attribute_words() -> frozenset[str]:
    """Attributes a question may ask of a subject ("birthday", "deputy"): an answer states them."""
    return _relations().attributes


def attribute_stems(word: str) -> frozenset[str]:
    """The stems an answer may state an asked attribute or counted thing by ("died": "killed")."""
    own = stem(word)
    return _relations().attribute_kin.get(own, frozenset()) | {own}


def records_a_gap(text: str) -> bool:
    """The text says the point it is about is not established ("the city ... is not verified")."""
    folded = " ".join(text.casefold().split())
    return any(phrase in folded for phrase in _relations().gaps)


def records_unseen(text: str) -> bool:
    """The text says no source shows a step ("no source seen gives it observer status")."""
    folded = " ".join(text.casefold().split())
    return any(phrase in folded for phrase in _relations().unseen)


def other_organizations(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The other international organizations a question names ("eu", "eurasian economic union"),
    each as all its names ("un", "united nations"), the one named first."""
    found = []
    for names in _relations().organizations:
        for name in names:
            size = len(name)
            if any(words[i : i + size] == name for i in range(len(words) - size + 1)):
                found.append((" ".join(name), *(" ".join(n) for n in names if n != name)))
                break
    return found


def counted_thing(words: tuple[str, ...], names: frozenset[str]) -> str | None:
    """The thing a "how many" question counts ("soldiers" in "how many russian soldiers"):
    its first word after the opener that is no name, no stopword, no unit of time, and no word
    that only narrows the time ("current", "first")."""
    data = _relations()
    for opener in data.count_openers:
        size = len(opener)
        for start in range(len(words) - size + 1):
            if words[start : start + size] != opener:
                continue
            for word in words[start + size :]:
                if word in data.uncounted:
                    return None
                if word in STOPWORDS or word in NOT_SPECIFIC or word in names:
                    continue
                if not (word.isdigit() or is_date_word(word)):
                    return word
    return None


def particles() -> frozenset[str]:
    """The other half of a phrasal verb ("out" of "pulled out"): not what a question is about."""
    return _relations().particles


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def future_year(words: tuple[str, ...], dates: list[PartialDate], today: int) -> int | None:
    """The first year a question about the future asks for, or None if it asks about the past.

    A year after this one is the future, and so is this year asked with "will"; so is "will"/"gonna"
    asking when, where, who or how many (not "what did he say he will do": that asks what was said).
    """
    data = _relations()
    will = bool(set(words) & data.future_words)
    # "Will Armenia quit in 2026?" asked in 2026: what is still to come this year is future too.
    later = [date.year for date in dates if date.year > today or (will and date.year == today)]
    if later:
        return min(later)
    if will and _relation(words, data) not in (Relation.WHAT, Relation.WHY):
        return today
    if words[:1] and words[0] in data.future_words:
        # "Will Uzbekistan rejoin?": a yes/no question about what is still to come.
        return today
    return None


def names_year_from(text: str, year: int) -> bool:
    """The text names the year or a later one (a term running into it, a scheduled date)."""
    return any(int(found) >= year for found in _YEAR.findall(text))


_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_SPACES_AND_DASHES = re.compile(r"[\s\-\u2013]+")
_PUNCTUATION = ".,;:()[]\"'"
_MONTHS = frozenset(LEXICON.months)


# Each content word: (weight, its own stem and its synonyms', the stems of its kindred words).
Content = tuple[tuple[float, frozenset[str], frozenset[str]], ...]


@dataclass(frozen=True, slots=True)
class Asked:
    """What a question asks: its relation, its content words, and the years it is tied to."""

    relation: Relation
    content: Content = ()
    years: frozenset[int] = frozenset()
    also: tuple[Relation, ...] = ()  # "when and where": further relations asked at once
    words: frozenset[str] = frozenset()  # the question's own words, which name no answer


def asked(words: tuple[str, ...], dates: list[PartialDate], content: Content = ()) -> Asked:
    """Read the relation and the point in time a question asks about; keep its content words."""
    data = _relations()
    # "since 2023", "before 2020": the year bounds a span; facts of other years may answer.
    years = frozenset() if set(words) & data.span_words else frozenset(d.year for d in dates)
    relation = _relation(words, data)
    also = tuple(dict.fromkeys(r for r in _coordinated(words, data) if r is not relation))
    return Asked(relation, content, years, also, frozenset(words))


def _coordinated(words: tuple[str, ...], data: _Relations) -> list[Relation]:
    """Relations joined on by "and" ("when and where", "... and how many"): asked as well."""
    found = []
    for phrase, relation in data.asks:
        size = len(phrase)
        for start in range(1, len(words) - size + 1):
            if words[start - 1] == "and" and words[start : start + size] == phrase:
                found.append(relation)
    return [r for r in found if r not in (Relation.WHAT, Relation.WHY)]


def states_also(question: Asked, text: str, places: frozenset[str]) -> bool:
    """The text states every further relation asked ("when and where": a date and a place)."""
    statement = Statement(text)
    return all(_states(relation, statement, places) for relation in question.also)


def states_place(question: Asked, text: str, places: frozenset[str]) -> bool:
    """Asked where, the text names a place ("in an unverified place" names none)."""
    return question.relation is not Relation.WHERE or _states(
        Relation.WHERE, Statement(text), places
    )


def states_day(question: Asked, text: str) -> bool:
    """Asked on what exact day, the text names one; asked anything else, nothing to check."""
    return question.relation is not Relation.DAY or names_day(text)


def states_reason(question: Asked, text: str) -> bool:
    """Asked why, the text gives a reason ("citing", "because", "in protest"); else nothing to
    check. A record of who was absent, or of who held a post, gives none."""
    if question.relation is not Relation.WHY:
        return True
    return not _relations().reasons.isdisjoint(tokens(text))


def names_day(text: str) -> bool:
    """The text dates something to the day ("4 May 1992"), not only to a month or a year."""
    return any(date.day is not None for date in find_dates(text))


def states_each(question: Asked, text: str, places: frozenset[str]) -> bool:
    """Asked several relations at once, the text states each; asked one, nothing to check here."""
    if not question.also:
        return True
    return _states(question.relation, Statement(text), places) and states_also(
        question, text, places
    )


def _relation(words: tuple[str, ...], data: _Relations) -> Relation:
    """The relation whose opening phrase comes first in the question."""
    best: tuple[int, Relation] | None = None
    for phrase, relation in data.asks:
        size = len(phrase)
        for start in range(len(words) - size + 1):
            if words[start : start + size] == phrase:
                if best is None or start < best[0]:
                    best = (start, relation)
                break
    return best[1] if best else Relation.WHAT


@dataclass(frozen=True, slots=True)
class Finding:
    """How one fact fares against what was asked."""

    states_relation: bool  # it states the kind of thing asked (a date, a number, a place...)
    relation_checked: bool  # the question asked a relation that could be checked at all
    covers: bool  # it uses enough of the question's content words (weighted by rarity)
    in_time: bool  # it holds at the time asked

    @property
    def passed(self) -> bool:
        """The fact may be given as the answer."""
        return self.states_relation and self.covers and self.in_time

    @property
    def certainty(self) -> float:
        """How far the checks vouch for the fact: a checked relation vouches more."""
        return weight.CHECK_STATED if self.relation_checked else weight.CHECK_UNCHECKED


@dataclass(frozen=True, slots=True)
class Statement:
    """What the check reads of a fact or a dispute: its words, its topics and its date."""

    text: str
    topics: tuple[str, ...] = ()
    date: PartialDate | None = None
    # A dispute has no date of its own; the years its claims name are when it is about.
    dated_by_text: bool = False
    # The stems of its holder's names: a fact of the jubilee session is about "the jubilee".
    names: frozenset[str] = frozenset()

    @classmethod
    def of_fact(cls, item: FactItem) -> Statement:
        """A fact as the check reads it."""
        return cls(item.fact.text, tuple(item.fact.topics), item.fact.date)

    @classmethod
    def of_dispute(cls, item: DisputeItem) -> Statement:
        """A dispute as the check reads it: its topic and every claim."""
        dispute = item.dispute
        text = " ".join([dispute.topic, *(claim.text for claim in dispute.claims)])
        return cls(text, tuple(dispute.topics), None, dated_by_text=True)


def check_fact(question: Asked, item: FactItem, places: frozenset[str]) -> Finding:
    """Check one fact against the question's relation, content words and time."""
    return check(question, Statement.of_fact(item), places)


def check(question: Asked, statement: Statement, places: frozenset[str]) -> Finding:
    """Check a statement against the question's relation, content words and time."""
    said = stems(statement.text) | frozenset(statement.topics) | statement.names
    # Asked several relations at once, a fact stating any of them may be part of the answer.
    asked_relations = (question.relation, *question.also)
    return Finding(
        any(_states(relation, statement, places, question.words) for relation in asked_relations),
        question.relation is not Relation.WHAT,
        coverage(question.content, said) >= weight.CHECK_MIN_CONTENT,
        _in_time(question.years, statement),
    )


def coverage(content: Content, said: frozenset[str]) -> float:
    """The share of the question's content (by weight) that the fact uses, synonyms counted.

    A kindred word (another word of the same cue: "acceded" for "joined") counts for part.
    """
    total = sum(share for share, _, _ in content)
    if not total:
        return 1.0
    found = 0.0
    for share, own, kindred in content:
        if own & said:
            found += share
        elif kindred & said:
            found += share * weight.CHECK_KINDRED
    return found / total


def _states(
    relation: Relation,
    statement: Statement,
    places: frozenset[str],
    asked_words: frozenset[str] = frozenset(),
) -> bool:
    text = statement.text
    if relation is Relation.COUNT:
        return _states_quantity(text)
    if relation is Relation.WHEN:
        return statement.date is not None or bool(_YEAR.search(text)) or _names_month(text)
    if relation is Relation.DAY:
        return names_day(text)
    if relation is Relation.WHERE:
        return bool(set(tokens(text)) & places) or _in_named_place(text)
    if relation is Relation.WHO:
        return _names_someone(text, asked_words)
    return True


def _names_someone(text: str, asked_words: frozenset[str]) -> bool:
    """A name, in any script, that the question did not give itself.

    "Who was in charge in Kazakhstan?" is not answered by a fact that only names Kazakhstan,
    nor by a sentence's capitalised first word ("The"), a month, or an acronym such as the
    organization's own ("the first CSTO member" names no one).
    """
    no_answer = asked_words | STOPWORDS
    for word in text.split():
        bare = word.strip(_PUNCTUATION)
        if not bare[:1].isupper() or bare.isupper():
            continue
        said = tokens(bare)[:1]
        if said and said[0] not in no_answer and not is_date_word(said[0]):
            return True
    return False


def _states_quantity(text: str) -> bool:
    """A number of things: "2,000 troops", "two battalions"; not "1992", "4 May", "Article 4",
    nor a duration ("every three years")."""
    data = _relations()
    words = [word.strip(_PUNCTUATION) for word in _SPACES_AND_DASHES.split(text)]
    for index, word in enumerate(words):
        after = words[index + 1].casefold() if index + 1 < len(words) else ""
        if after in data.time_units:
            continue
        if word.casefold() in data.quantities:
            return True
        if not _NUMBER.fullmatch(word) or _YEAR.fullmatch(word):
            continue
        before = words[index - 1] if index else ""
        if not before[:1].isupper() and not is_date_word(after):
            return True
    return False


_IN_PLACE = re.compile(r"\b(?:in|at|near|to)\s+(?:the\s+)?([A-Z][\w'-]+)")


def _in_named_place(text: str) -> bool:
    """'arrived in Almaty', 'held at Edelweiss': a preposition before a name, not a month."""
    return any(
        not is_date_word(name.casefold()) and not name.isupper() for name in _IN_PLACE.findall(text)
    )


def _names_month(text: str) -> bool:
    return bool(set(tokens(text)) & _MONTHS)


def _in_time(years: frozenset[int], statement: Statement) -> bool:
    """A fact dated to another year than the one asked does not hold then.

    An undated fact is a standing one ("the Charter has no withdrawal clause"): it may answer.
    A dated fact that names the year asked in its text ("agreed in 2007, in force from 2009")
    answers for that year too.
    """
    if not years:
        return True
    mentioned = {int(year) for year in _YEAR.findall(statement.text)}
    if statement.date is not None:
        mentioned.add(statement.date.year)
    elif not statement.dated_by_text:
        return True
    return not mentioned or bool(mentioned & years)
