"""The answer check: does a fact answer *this* question, or only share words with it?

Retrieval ranks facts by the words they share with a question; that alone answers "how does the
organization take decisions" with a fact about a delegation that "took part". Before a fact is
given as the answer it must state the relation asked (a date for "when", a number for "how many",
a place for "where", a reason for "why", a decision for "what was decided"), and hold at the time
asked (a fact of 2009 does not answer a question about 2020).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Annotated

from pydantic import StringConstraints

from bot.core.answering import confidence as weight
from bot.core.answering.occasions import only_earlier
from bot.core.answering.ordinals import Numbered, numbered, of_another
from bot.core.answering.reasons import reason_asking_words, weak_reason_words
from bot.core.answering.retrieval import stem, stems
from bot.core.knowledge.catalog import DisputeItem, FactItem
from bot.core.knowledge.dates import PartialDate
from bot.core.language.countries import external_country_names
from bot.core.language.datafile import DataModel, read_data
from bot.core.language.lexicon import CUES, DOMAIN, LEXICON, NOT_SPECIFIC, STOPWORDS, SYNONYMS
from bot.core.language.normalize import tokens
from bot.core.language.phrases import PhraseTable
from bot.core.language.temporal import ANY_YEAR as _YEAR
from bot.core.language.temporal import find_dates, is_date_word

Phrase = Annotated[str, StringConstraints(min_length=1)]


class Relation(StrEnum):
    """What a question asks for: the kind of thing its answer must state."""

    COUNT = "count"
    WHEN = "when"
    DAY = "day"  # "on what exact day": a date to the day; a year or a month does not answer
    DURATION = "duration"  # "how long": a period (a number of years, two dates), not one date
    WHERE = "where"
    PURPOSE = "purpose"  # "what is the centre for": what it is meant to do, not when it began
    PREDECESSOR = "predecessor"  # "what came before it": a fact of descent ("descends from")
    # Reasons are worded too many ways to check by word; the event and subject they are of are.
    WHY = "why"
    WHO = "who"
    PERSON = "person"  # "which Russian president": a person the fact base knows, not a state
    WHAT = "what"  # anything else: no one kind of statement to look for


class _RelationsFile(DataModel):
    """The shape of relations.yaml (see the comments in that file)."""

    asks: dict[Relation, tuple[Phrase, ...]]
    person_nouns: Phrase
    which_words: Phrase
    naming_phrases: tuple[Phrase, ...]
    titles: Phrase
    quantities: Phrase
    time_units: Phrase
    span_words: Phrase
    duration_words: Phrase
    time_clauses: tuple[Phrase, ...]
    time_clause_when: Phrase
    anchor_openers: Phrase
    not_clause_before: Phrase
    anchor_phrases: tuple[Phrase, ...] = ()
    reason_words: Phrase
    light_words: Phrase
    particles: Phrase
    future_words: Phrase
    future_phrases: tuple[Phrase, ...]
    future_adjectives: Phrase
    past_auxiliaries: Phrase
    telling_domain_words: Phrase
    attribute_words: Phrase
    count_openers: tuple[Phrase, ...]
    occasion_words: Phrase
    attribute_paraphrases: dict[Phrase, tuple[Phrase, ...]]
    gap_phrases: tuple[Phrase, ...]
    unseen_phrases: tuple[Phrase, ...]
    other_organizations: tuple[tuple[Phrase, ...], ...]
    other_words: Phrase
    instead_words: Phrase
    other_bodies: Phrase
    paraphrases: dict[Phrase, tuple[Phrase, ...]]
    opposite_events: tuple[tuple[Phrase, Phrase], ...]
    linking_verbs: Phrase
    order_phrases: tuple[Phrase, ...] = ()
    city_words: Phrase = ""
    lineage_words: Phrase = ""
    purpose_be: Phrase = ""
    purpose_ends: Phrase = ""
    purpose_words: Phrase = ""
    purpose_topic: Phrase = ""
    not_purpose_before: Phrase = ""
    span_end_words: Phrase = ""
    count_nouns: Phrase = ""
    count_determiners: Phrase = ""
    qualifiers: Phrase = ""
    qualified_nouns: Phrase = ""
    zero_counts: tuple[Phrase, ...] = ()
    zero_count_verbs: Phrase = ""


@dataclass(frozen=True, slots=True)
class _Relations:
    asks: tuple[tuple[tuple[str, ...], Relation], ...]
    # The same phrases indexed by first word, each with its place in `asks` (earlier wins a tie).
    ask_table: PhraseTable[tuple[int, Relation]]
    ask_words: frozenset[str]
    person_nouns: frozenset[str]
    which_words: frozenset[str]
    naming: tuple[tuple[str, ...], ...]
    titles: frozenset[str]
    quantities: frozenset[str]
    time_units: frozenset[str]
    span_words: frozenset[str]
    durations: frozenset[str]
    time_clauses: tuple[tuple[str, ...], ...]
    clause_when: str
    anchor_openers: frozenset[str]
    not_clause_before: frozenset[str]
    reasons: frozenset[str]
    light_words: frozenset[str]
    particles: frozenset[str]
    future_words: frozenset[str]
    future_phrases: tuple[tuple[str, ...], ...]
    future_adjectives: frozenset[str]
    past_auxiliaries: frozenset[str]
    telling: frozenset[str]
    attributes: frozenset[str]
    count_openers: tuple[tuple[str, ...], ...]
    uncounted: frozenset[str]
    kin: dict[str, frozenset[str]]
    attribute_kin: dict[str, frozenset[str]]
    gaps: tuple[str, ...]
    unseen: tuple[str, ...]
    organizations: tuple[tuple[tuple[str, ...], ...], ...]
    # Every name of every organization, with the organization's place in `organizations`.
    organization_table: PhraseTable[int]
    other_words: frozenset[str]
    instead_words: frozenset[str]
    other_bodies: frozenset[str]
    # Each pair of events that undo each other, as two sets of stems ("deploy", "withdraw").
    opposites: tuple[tuple[frozenset[str], frozenset[str]], ...]
    linking: frozenset[str]
    order_phrases: tuple[tuple[str, ...], ...] = ()
    city_words: frozenset[str] = frozenset()
    lineage: frozenset[str] = frozenset()
    purpose_be: frozenset[str] = frozenset()
    purpose_ends: frozenset[str] = frozenset()
    purpose_words: frozenset[str] = frozenset()
    purpose_topic: str = ""
    not_purpose_before: frozenset[str] = frozenset()
    span_ends: frozenset[str] = frozenset()
    count_nouns: frozenset[str] = frozenset()
    count_determiners: frozenset[str] = frozenset()
    qualifiers: frozenset[str] = frozenset()
    qualified_nouns: frozenset[str] = frozenset()
    zero_counts: tuple[str, ...] = ()
    zero_count_verbs: frozenset[str] = frozenset()
    anchor_phrases: tuple[tuple[str, ...], ...] = ()


@cache
def _relations() -> _Relations:
    raw = read_data(Path(__file__).parents[1] / "language" / "relations.yaml", _RelationsFile).model
    asks = tuple(
        (tuple(phrase.split()), relation)
        for relation, phrases in raw.asks.items()
        for phrase in phrases
    )
    organizations = tuple(
        tuple(tuple(name.split()) for name in names) for names in raw.other_organizations
    )
    return _Relations(
        asks,
        PhraseTable((phrase, (rank, relation)) for rank, (phrase, relation) in enumerate(asks)),
        frozenset(word for phrase, _ in asks for word in phrase)
        | frozenset(raw.reason_words.split())
        | frozenset(raw.linking_verbs.split()),
        frozenset(raw.person_nouns.split()),
        frozenset(raw.which_words.split()),
        tuple(tuple(phrase.split()) for phrase in raw.naming_phrases),
        frozenset(raw.titles.split()) | frozenset(raw.person_nouns.split()),
        frozenset(raw.quantities.split()),
        frozenset(raw.time_units.split()),
        frozenset(raw.span_words.split()),
        frozenset(raw.duration_words.split()),
        tuple(tuple(phrase.split()) for phrase in raw.time_clauses),
        raw.time_clause_when,
        frozenset(raw.anchor_openers.split()),
        frozenset(raw.not_clause_before.split()),
        frozenset(raw.reason_words.split()),
        frozenset(raw.light_words.split()),
        frozenset(raw.particles.split()),
        frozenset(raw.future_words.split()),
        tuple(tuple(phrase.split()) for phrase in raw.future_phrases),
        frozenset(raw.future_adjectives.split()),
        frozenset(raw.past_auxiliaries.split()),
        frozenset(raw.telling_domain_words.split()),
        frozenset(raw.attribute_words.split()),
        tuple(tuple(phrase.split()) for phrase in raw.count_openers),
        frozenset(raw.occasion_words.split()) | frozenset(raw.time_units.split()),
        _kin_by_stem({**SYNONYMS, **raw.paraphrases}),
        _kin_by_stem({**SYNONYMS, **raw.paraphrases, **raw.attribute_paraphrases}),
        tuple(phrase.casefold() for phrase in raw.gap_phrases),
        tuple(phrase.casefold() for phrase in raw.unseen_phrases),
        organizations,
        PhraseTable((name, place) for place, names in enumerate(organizations) for name in names),
        frozenset(raw.other_words.split()),
        frozenset(raw.instead_words.split()),
        frozenset(raw.other_bodies.split()),
        tuple(
            (frozenset(stem(word) for word in one.split()), frozenset(stem(w) for w in two.split()))
            for one, two in raw.opposite_events
        ),
        frozenset(raw.linking_verbs.split()),
        tuple(tuple(phrase.split()) for phrase in raw.order_phrases),
        frozenset(raw.city_words.split()),
        frozenset(raw.lineage_words.split()),
        frozenset(raw.purpose_be.split()),
        frozenset(raw.purpose_ends.split()),
        frozenset(raw.purpose_words.split()),
        raw.purpose_topic,
        frozenset(raw.not_purpose_before.split()),
        frozenset(raw.span_end_words.split()),
        frozenset(raw.count_nouns.split()),
        frozenset(raw.count_determiners.split()),
        frozenset(raw.qualifiers.split()),
        frozenset(raw.qualified_nouns.split()),
        tuple(f" {phrase.casefold()} " for phrase in raw.zero_counts),
        frozenset(raw.zero_count_verbs.split()),
        tuple(tuple(phrase.split()) for phrase in raw.anchor_phrases),
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


def asking_words() -> frozenset[str]:
    """The words of the phrases that ask a relation ("what caused", "the reason", "which city"),
    the words that give a reason and those that link a clause ("that led to"): they say what
    kind of answer is wanted, not its event."""
    return _relations().ask_words


def anchor_openers() -> frozenset[str]:
    """Words that place something in time relative to another ("before", "after", "until")."""
    return _relations().anchor_openers


def span_words() -> frozenset[str]:
    """Words that relate a time or an event to another ("between", "after", "since")."""
    return _relations().span_words


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
    data = _relations()
    named = {(place, name) for _, name, place in data.organization_table.found(words)}
    found = []
    for place, names in enumerate(data.organizations):
        for name in names:
            if (place, name) in named:
                found.append((" ".join(name), *(" ".join(n) for n in names if n != name)))
                break
    return found


# How far after "other" its organization word may come ("another military bloc").
_OTHER_BODY_REACH = 3
# "Which group", "what union": a grouping asked by a word the organization is never called by
# (relations.yaml's other_bodies less the organization's own words: "alliance", "bloc").
_WHICH = LEXICON.words("which_asks")
_OWN_WORDS = LEXICON.words("own_references")


_JOINING = CUES["join"]


def asks_other_body(words: tuple[str, ...]) -> bool:
    """The question speaks of an unnamed other organization ("join another military bloc"), or
    asks which grouping, by a word that never names the organization itself ("which group did
    it join in 1999")."""
    data = _relations()
    # "What did it join that year instead": another body joined in place of this one.
    instead = not data.instead_words.isdisjoint(words) and not _JOINING.isdisjoint(words)
    return (
        instead
        or asks_which_body(words)
        or any(
            word in data.other_words
            and not data.other_bodies.isdisjoint(words[i + 1 : i + 1 + _OTHER_BODY_REACH])
            for i, word in enumerate(words)
        )
    )


def asks_which_body(words: tuple[str, ...]) -> bool:
    """'Which group', 'what union': the question asks which grouping, by a word that never
    names the organization itself (its own words, "alliance" and "bloc", may)."""
    unnamed = _relations().other_bodies - _OWN_WORDS
    return any(a in _WHICH and b in unnamed for a, b in pairwise(words))


def other_body_words() -> frozenset[str]:
    """The words that speak of an unnamed other organization ("other", "bloc", "grouping",
    "instead")."""
    data = _relations()
    return data.other_words | data.instead_words | data.other_bodies


def speaks_of_other_body(text: str) -> bool:
    """The text names another organization, or speaks of other ones ("other military alliances")."""
    words = tuple(tokens(text))
    return bool(other_organizations(words)) or asks_other_body(words)


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
    return _counted_before(words, names, data)


def _counted_before(words: tuple[str, ...], names: frozenset[str], data: _Relations) -> str | None:
    """The thing a count noun follows ("vote" in "what was the vote count"): a number of
    members does not answer a question that counts votes."""
    for index, word in enumerate(words[2:], start=2):
        before = words[index - 1]
        # A noun after its determiner ("the vote count"), not a verb ("no longer counted").
        if word not in data.count_nouns or words[index - 2] not in data.count_determiners:
            continue
        if before in STOPWORDS or before in names:
            continue
        if before in data.uncounted or before in NOT_SPECIFIC or before.isdigit():
            continue
        if not is_date_word(before):
            return before
    return None


def qualified_document(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """A qualifier a document or settlement asked of must meet, with the words to the noun it
    qualifies ("final border treaty"); None when the question qualifies none."""
    data = _relations()
    for index, word in enumerate(words):
        if word not in data.qualifiers:
            continue
        # The noun right after, or after one more word ("final border treaty").
        for end in (index + 1, index + 2):
            if end < len(words) and words[end] in data.qualified_nouns:
                return words[index : end + 1]
    return None


def particles() -> frozenset[str]:
    """The other half of a phrasal verb ("out" of "pulled out"): not what a question is about."""
    return _relations().particles


_ASKING_WORDS = LEXICON.words("interrogatives")
# The verbs a question puts after its question word ("when did", "what was").
_QUESTION_VERBS = LEXICON.words("yes_no_openers")
_JOINED_ASKING = LEXICON.words("clause_breaks")
_YES_NO = LEXICON.words("yes_no_openers")
_NEGATED = LEXICON.words("negations")


def future_year(words: tuple[str, ...], dates: list[PartialDate], today: int) -> int | None:
    """The first year a question about the future asks for, or None if it asks about the past.

    A year after this one is the future, and so is this year asked with "will"; so is "will"/"gonna"
    asking when, where, who or how many (not "what did he say he will do": that asks what was said).
    """
    data = _relations()
    going = _says_going_to(words, data)
    will = bool(set(words) & data.future_words) or going
    # "Will Armenia quit in 2026?" asked in 2026: what is still to come this year is future too.
    later = [date.year for date in dates if date.year > today or (will and date.year == today)]
    if later:
        return min(later)
    relation = _relation(words, data)
    if will and relation not in (Relation.WHAT, Relation.WHY):
        return today
    if _speaks_of_upcoming(words, data):
        # "What are the upcoming exercises": the thing asked about is still to come.
        return today
    if will and relation is Relation.WHAT and _asks_with_will(words, data):
        # "What will the summit decide": the asker's own "will", right after the question word,
        # asks what is still to come (a reason may be on record already: "why will they leave").
        return today
    if words[:1] and (words[0] in data.future_words or (going and words[0] in _YES_NO)):
        # "Will Uzbekistan rejoin?", "is Iran going to join?": a yes/no question about what is
        # still to come.
        return today
    return None


def _asks_with_will(words: tuple[str, ...], data: _Relations) -> bool:
    """The question's first asking word is followed at once by a future word ("what will")."""
    asks_at = _first_ask(words, data)
    return asks_at is not None and words[asks_at + 1 : asks_at + 2] in {
        (word,) for word in data.future_words
    }


def _speaks_of_upcoming(words: tuple[str, ...], data: _Relations) -> bool:
    """The question names something as still to come ("the upcoming summit"), and no past
    auxiliary says it was upcoming then ("what did he say about the upcoming presidency")."""
    if not set(words).isdisjoint(data.past_auxiliaries):
        return False
    return not set(words).isdisjoint(data.future_adjectives)


def _says_going_to(words: tuple[str, ...], data: _Relations) -> bool:
    """The question speaks of what is to come by a phrase ("is Iran going to join"), not of a
    past plan ("was the summit going to be held in Minsk")."""
    if not set(words).isdisjoint(data.past_auxiliaries):
        return False
    return any(_has_phrase(words, phrase) for phrase in data.future_phrases)


def ties_to_unplaced_time(words: tuple[str, ...], dates: list[PartialDate]) -> bool:
    """The question ties itself to the time of an event it names ("during the January events",
    "when Uzbekistan got suspended") and no date was read for it: only an answer of that time
    answers it, and a record read for today is not one."""
    if dates:
        return False
    data = _relations()
    if any(_has_phrase(words, phrase) for phrase in data.time_clauses):
        return True
    asks_at = _first_ask(words, data)
    return any(
        word == data.clause_when
        and asks_at is not None
        and index > asks_at
        and words[index - 1] not in data.not_clause_before
        and index + 1 < len(words)
        for index, word in enumerate(words)
    )


def outside_time_clauses(words: tuple[str, ...], breaks: frozenset[int]) -> tuple[str, ...]:
    """The question without its clauses of time ("after the Taliban took Kabul, what did the
    Secretary General promise": "what did the Secretary General promise"). A clause runs from
    its opener to the next break (a comma, a question mark: `breaks` are the indexes of words
    starting anew) or question word. An opener before a year, or with a word or none after it
    ("after him"), opens none; nor does a word the question did not write itself (`own`, its
    words before correction, when they line up: "whole" is no "while")."""
    data = _relations()
    asks_at = _first_ask(words, data)
    if words and words[0] in _QUESTION_VERBS:
        asks_at = 0  # "was Uzbekistan a member when the force was created": a yes/no asks too
    ends = sorted(breaks | {len(words)})
    kept: list[str] = []
    inside = False
    for index, word in enumerate(words):
        if index in breaks or (word in _ASKING_WORDS and index != 0 and inside):
            inside = False
        if not inside and (
            _opens_clause(words, index, asks_at, ends) or _opens_by_phrase(words, index, ends)
        ):
            inside = True
        if not inside:
            kept.append(word)
    return tuple(kept)


_MIN_CLAUSE = 3  # "after the summit": an opener and at least two words


def _opens_clause(words: tuple[str, ...], index: int, asks_at: int | None, ends: list[int]) -> bool:
    data = _relations()
    word = words[index]
    if word not in data.anchor_openers:
        return False
    end = next(end for end in ends if end > index)
    if end - index < _MIN_CLAUSE or is_date_word(words[index + 1]) or words[index + 1].isdigit():
        return False
    # "Until when is he to serve", "before which summit": the opener leads the question itself.
    if words[index + 1] in _ASKING_WORDS:
        return False
    if word == data.clause_when:
        return (
            asks_at is not None
            and index > asks_at
            and words[index - 1] not in (data.not_clause_before)
        )
    return True


def _opens_by_phrase(words: tuple[str, ...], index: int, ends: list[int]) -> bool:
    """A phrase opens a clause of time here ("on the day the first troops landed"), after the
    question's start and with at least two words of its own before the next break."""
    end = next(end for end in ends if end > index)
    return index > 0 and any(
        words[index : index + len(phrase)] == phrase and end - index - len(phrase) >= 2
        for phrase in _relations().anchor_phrases
    )


def _has_phrase(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


def _first_ask(words: tuple[str, ...], data: _Relations) -> int | None:
    """Where the question's first asking word stands ("who", "which", "how many"), if any."""
    word_at = next((i for i, word in enumerate(words) if word in _ASKING_WORDS), None)
    phrase_at = next((start for start, _, _ in data.ask_table.found(words)), None)
    return min((i for i in (word_at, phrase_at) if i is not None), default=None)


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
    people: frozenset[str] = frozenset()  # the stems of the names of the people known
    # The question's own content words even when it names its subject ("why did Azerbaijan
    # quit": "quit"): the event a reason or a person must be of.
    event: Content = ()
    # The stems of the names of each subject the question names (the organization aside): a
    # reason is of the subject asked about, not of another state in a fact held by both.
    subjects: tuple[frozenset[str], ...] = ()
    # The things the question numbers ("the first war"): a fact of another one is not of it.
    ordinals: Numbered = frozenset()
    # The months asked ("in January 2022"), as (year, month): a fact of another month of the
    # year is of another time.
    months: frozenset[tuple[int, int]] = frozenset()


def asked(
    words: tuple[str, ...],
    dates: list[PartialDate],
    content: Content = (),
    people: frozenset[str] = frozenset(),
    own_names: frozenset[str] = frozenset(),
) -> Asked:
    """Read the relation and the point in time a question asks about; keep its content words.

    `people` are the stems of the names of the people known: asked "which president", a fact
    must name one of them (without them, the person asked for is not checked). `own_names` are
    the words of the organization's own names: asked who, naming it names no one.
    """
    data = _relations()
    # "since 2023", "before 2020": the year bounds a span; facts of other years may answer.
    years = frozenset() if set(words) & data.span_words else frozenset(d.year for d in dates)
    relation = _relation(words, data)
    if relation is Relation.WHAT and people and _asks_person(words, data):
        relation = Relation.PERSON
    if relation is Relation.WHO and people and _who_is_the_person(words, data):
        # "Who's the longtime CSTO spokesman": someone the fact base knows, not a fact naming
        # only places and sources ("TASS lists statements ... in Yerevan").
        relation = Relation.PERSON
    if relation is Relation.WHO and people and not _LEADER_WORDS.isdisjoint(words):
        # "Who's the top official running it": a holder of a post, not a definition of it.
        # "Who's in charge of the rotating chair": a post states hold in turn, a state answers.
        relation = Relation.PERSON if _CHAIRING.isdisjoint(words) else Relation.WHO
    also = tuple(dict.fromkeys(r for r in _coordinated(words, data) if r is not relation))
    if people and _asks_leader_later(words):
        # "... and who has headed it": a holder of the post, a person the fact base knows; the
        # council that decided or the city it met in names no one who headed anything.
        also = tuple(Relation.PERSON if r is Relation.WHO else r for r in also)
    own = frozenset(words) | own_names
    months = frozenset((d.year, d.month) for d in dates if d.month is not None and years)
    return Asked(
        relation, content, years, also, own, people, ordinals=numbered(words), months=months
    )


def _asks_leader_later(words: tuple[str, ...]) -> bool:
    """A "who" joined on after the first question asks who led or headed something."""
    if _LEADER_WORDS.isdisjoint(words):
        return False  # the common case, without splitting the question into parts
    _, parts = later_parts(words)
    return any(
        relation is Relation.WHO and not _LEADER_WORDS.isdisjoint(part) for relation, part in parts
    )


_LEADER_WORDS = CUES["leader"]
_CHAIRING = LEXICON.words("chairing")
_QUALIFIERS = 3  # "which [former] [Russian] [deputy] minister": words that may qualify the noun


_RANKS = LEXICON.words("ranks_asked")


def _asks_person(words: tuple[str, ...], data: _Relations) -> bool:
    """ "Which Russian president", "what Georgian minister", "the name of the press spokesman": a
    person noun just after "which" or "name of", with nothing but its qualifiers between ("what
    did the leaders decide" asks what)."""
    for index, word in enumerate(words):
        if word in data.which_words:
            start = index + 1
        else:
            phrase = next((p for p in data.naming if words[index : index + len(p)] == p), None)
            if phrase is None:
                continue
            start = index + len(phrase)
        for following in words[start : start + _QUALIFIERS + 1]:
            if following in data.person_nouns or following in _RANKS:
                return True
            if following in STOPWORDS:
                break
    return False


_WHO = CUES["who"]
_BE = LEXICON.words("be_verbs")
_ARTICLES = frozenset({"the", "a", "an"})


def _who_is_the_person(words: tuple[str, ...], data: _Relations) -> bool:
    """ "Who is the Russian president", "who's the longtime CSTO spokesman": "who", a form of
    "be", then a person noun with nothing but its qualifiers before it."""
    return next(_person_nouns_asked(words, data, after_be=True), None) is not None


def own_post_asked(words: tuple[str, ...], own_names: frozenset[str]) -> str | None:
    """ "Who's the longtime CSTO spokesman": the post asked, when a name of the organization
    (`own_names`) qualifies it, so that another body's holder ("Kremlin spokesman") is none."""
    for noun, qualifiers in _person_nouns_asked(words, _relations(), after_be=False):
        return noun if qualifiers & own_names else None
    return None


def _person_nouns_asked(
    words: tuple[str, ...], data: _Relations, *, after_be: bool
) -> Iterator[tuple[str, frozenset[str]]]:
    """Each person noun a "who" asks after ("who is the Russian president"), with the words
    qualifying it; `after_be`: only where a form of "be" or an article follows "who" ("who
    sent the envoys" asks a doer, not who someone is)."""
    for index, word in enumerate(words):
        if word not in _WHO:
            continue
        rest = list(words[index + 1 :])
        while rest and (rest[0] in _BE or rest[0] in _ARTICLES):
            rest.pop(0)
        if after_be and len(rest) == len(words) - index - 1:
            continue
        qualifiers: set[str] = set()
        for following in rest[: _QUALIFIERS + 1]:
            if following in data.person_nouns:
                yield following, frozenset(qualifiers)
                break
            if following in STOPWORDS:
                break
            qualifiers.add(following)


def _coordinated(words: tuple[str, ...], data: _Relations) -> list[Relation]:
    """Relations joined on by "and" ("when and where", "... and how many", "and in which city",
    "and on what date"): asked as well."""
    found = sorted(
        (rank, relation)
        for start, _, (rank, relation) in data.ask_table.found(words)
        if start >= 1 and _joined_on(words, start)
    )
    return [r for _, r in found if r not in (Relation.WHAT, Relation.WHY)]


_JOINS = frozenset({"and"})
_MAX_BETWEEN = 2  # "and in which city", "and on what date": a preposition or two may come between


def _joined_on(words: tuple[str, ...], start: int) -> bool:
    """An "and" just before `start`, with at most a couple of stopwords between."""
    for back in range(1, _MAX_BETWEEN + 2):
        index = start - back
        if index < 0:
            return False
        if words[index] in _JOINS:
            return True
        if words[index] not in STOPWORDS:
            return False
    return False


def later_parts(words: tuple[str, ...]) -> tuple[Relation, list[tuple[Relation, tuple[str, ...]]]]:
    """The first question's relation, and the questions joined on after it ("who heads it and
    who did he succeed": "who did he succeed"), each with its relation, from its question word
    to the next join. A join before any question word ("and who filled in", a follow-up)
    opens no second question."""
    data = _relations()
    first = _first_ask(words, data)
    starts = [
        index
        for index, word in enumerate(words)
        if word in _ASKING_WORDS
        and first is not None
        and index > first + 1
        and _joined_on(words, index)
    ]
    parts = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(words)
        part = words[start:end]
        parts.append((_relation(part, data), part[1:]))
    main = _relation(words[: starts[0]] if starts else words, data)
    return main, parts


def unchecked_part(main: Relation, relation: Relation) -> bool:
    """A part whose own words must be said: it asks what the first part asks ("who ... and who
    did he succeed") or something no kind of statement shows ("and what was it for"). Another
    checkable relation ("and where") is checked as one; a reason is worded too many ways."""
    if relation is Relation.WHY:
        return False
    return relation is main or relation is Relation.WHAT


def says_part(part: tuple[str, ...], content: Content, said: frozenset[str], text: str) -> bool:
    """The answer says something of a part asked ("who did he succeed": a successor, someone
    replaced): one of its content words, by stem, synonym, paraphrase or kindred cue word. A
    part with no content words ("and when") has nothing to check here; one asking how long
    ("and for how long", "what term") is answered by a period."""
    if not content:
        return True
    if not _relations().durations.isdisjoint(part) and _states_period(text):
        return True
    for _, own, kindred in content:
        if (own | kindred) & said:
            return True
        if any(attribute_stems_of_stem(one) & said for one in own):
            return True
    return False


def states_as_often(relation: Relation, times: int, text: str, people: int) -> bool:
    """Asked the same thing twice ("when adopted and when did they start", "who skipped it and
    who did they send"), the text states it as often: that many dates, or `people` (the people
    it names whom the question does not) that many. Other relations are checked by words."""
    if relation in (Relation.WHEN, Relation.DAY):
        return len(find_dates(text)) >= times
    if relation in (Relation.WHO, Relation.PERSON):
        return people >= times
    return False


def said_by_period(own: frozenset[str], text: str) -> bool:
    """A word for a term of office or a duration ("office", "term", "how long"), said by a period
    the text states ("from 1 January 2026 to 31 December 2028")."""
    durations = frozenset().union(*(synonym_stems(word) for word in _relations().durations))
    return not own.isdisjoint(durations) and _states_period(text)


def _states_period(text: str) -> bool:
    """Two dates (a term "from 1 January 2023 to 31 December 2025") or a number of time units."""
    return len(find_dates(text)) >= 2 or _states_units(text)


def _states_units(text: str) -> bool:
    """A number of time units ("for 5 years", "three months")."""
    data = _relations()
    words = [word.strip(_PUNCTUATION).casefold() for word in text.split()]
    return any(
        (word.isdigit() or word in data.quantities) and following in data.time_units
        for word, following in pairwise(words)
    )


_SPAN_WORDS = frozenset({"to", "until", "till", "through"})


def states_length(text: str) -> bool:
    """A number of time units ("for 5 years"), or a span between two dates ("from February 1988
    to May 1994"); two dates of two events ("signed on 15 May 1992 ... in force on 20 April
    1994") state no one thing's length."""
    # "ran for 5 years unless extended; on 2 April 1999 ... renewed": the number of years is a
    # length, whatever other dates the text gives.
    if _states_units(text):
        return True
    if len(find_dates(text)) < 2:
        return False
    # "Began on 27 September 2020 and ended ... on 10 November 2020": its first and last day.
    ends = _SPAN_WORDS | _relations().span_ends
    return not ends.isdisjoint(tokens(text))


def attribute_stems_of_stem(own: str) -> frozenset[str]:
    """The attribute paraphrases of a stem ("died": "killed", "toll")."""
    return _relations().attribute_kin.get(own, frozenset())


def states_also(question: Asked, text: str, places: frozenset[str]) -> bool:
    """The text states every further relation asked ("when and where": a date and a place)."""
    statement = Statement(text)
    return all(
        _states(relation, statement, places, question.words, question.people)
        for relation in question.also
    )


def states_who(question: Asked, text: str) -> bool:
    """Asked who, the text names someone the question does not (nor the organization itself:
    "six states signed a protocol renewing the Collective Security Treaty" names no one)."""
    return question.relation is not Relation.WHO or _names_someone(text, question.words)


def states_place(question: Asked, text: str, places: frozenset[str]) -> bool:
    """Asked where, the text names a place ("in an unverified place" names none)."""
    return question.relation is not Relation.WHERE or _states(
        Relation.WHERE, Statement(text), places, question.words
    )


def asks_city(words: tuple[str, ...]) -> bool:
    """Asked where, the question asks which city or town: a state's name does not answer."""
    return (
        not _relations().city_words.isdisjoint(words)
        and _relation(words, _relations()) is Relation.WHERE
    )


def lineage_words() -> frozenset[str]:
    """The words by which a fact states what something grew out of."""
    return _relations().lineage


def states_lineage(text: str) -> bool:
    """The text states what something grew out of ("descends from", "became the CSTO")."""
    return not {stem(word) for word in _relations().lineage}.isdisjoint(stems(text))


def states_day(question: Asked, text: str) -> bool:
    """Asked on what exact day, the text names one, of the year asked when one is ("what day in
    2003": a term from 2003 to 31 December 2016 dates only its end); else nothing to check."""
    if question.relation is not Relation.DAY:
        return True
    days = [date for date in find_dates(text) if date.day is not None]
    return any(not question.years or date.year in question.years for date in days)


def order_phrases() -> tuple[tuple[str, ...], ...]:
    """The phrases that ask which of two things came first, as words."""
    return _relations().order_phrases


def asks_order(words: tuple[str, ...]) -> bool:
    """The question asks which of two things came first ("which came first, X or Y")."""
    return any(_has_phrase(words, phrase) for phrase in _relations().order_phrases)


def states_order(words: tuple[str, ...], text: str) -> bool:
    """Asked which of two things came first, the text dates two things; else nothing to check."""
    return not asks_order(words) or len(set(find_dates(text))) >= 2


def states_reason(question: Asked, text: str) -> bool:
    """Asked why, the text gives a reason ("citing", "because", "in protest"); else nothing to
    check. A record of who was absent, or of who held a post, gives none; nor does one that only
    says someone spoke or what came before ("Mirzoyan then said ...": reasons.yaml `weak`),
    unless what was said is a refusal or a purpose ("Peskov said the obligations do not extend")."""
    if question.relation is not Relation.WHY:
        return True
    said = tokens(text)
    if names_reason(text):
        return True
    return not _relations().reasons.isdisjoint(said) and not _LOOSE_REASONS.isdisjoint(said)


def names_reason(text: str) -> bool:
    """The text says a reason word other than one saying only who spoke or what came before
    ("over the dairy ban", "citing"; not "said", "since")."""
    return not (_relations().reasons - weak_reason_words()).isdisjoint(tokens(text))


def states_loose_reason(question: Asked, text: str) -> bool:
    """Asked why, facts found by search give a reason, a purpose, a refusal or the cause asked
    ("sparked by"); "X was absent from the session" gives none. Else nothing to check."""
    if question.relation is not Relation.WHY or states_reason(question, text):
        return True
    loose = set(_LOOSE_REASONS & set(tokens(text)))
    # "For" before a name or a date ("set the next session for Belarus in 2017", "planned for
    # 6 December") says where or when, not what for; before anything else it may be a purpose.
    if not _PURPOSE_FOR.search(text):
        loose.discard("for")
    return bool(loose)


_LOOSE_REASONS = LEXICON.words("loose_reason_words")
_PURPOSE_FOR = re.compile(r"\b[Ff]or\s+(?![A-Z0-9])")


def later_time_asked(words: tuple[str, ...]) -> PartialDate | None:
    """The time a question asks of a time after ("after 2028", "after 15 august 2021")."""
    for index, (before, word) in enumerate(pairwise(words)):
        if before in _PAST_YEAR and word.isdigit():  # a year ("after 2028") or a day
            found = find_dates(" ".join(words[index + 1 : index + _DATE_WORDS + 1]))
            if found:
                return found[0]
    return None


_DATE_WORDS = 3  # "15 august 2021"


def dates_after(words: tuple[str, ...], text: str) -> bool:
    """Asked of a time after a year or a day, the text dates something later: a holder "to 31
    December 2028" says nothing of who comes after 2028, nor does a fact of 15 August 2021 of
    what came after that day. Undated text, or no such time: nothing to check."""
    time = later_time_asked(words)
    if time is None:
        return True
    found = find_dates(text)
    return not found or any(date.last_day > time.last_day for date in found)


_PAST_YEAR = LEXICON.words("past_year_words")


def states_response(words: tuple[str, ...], text: str) -> bool:
    """Asked how someone responded or reacted, or what they answered, the text states an act
    of response ("welcomed", "declined", "said"); the record of the invitation alone does not.
    Else nothing to check."""
    if _RESPONSE_ASKS.isdisjoint(words) or _RESPONSE_VERBS.isdisjoint(words):
        return True
    return not _RESPONSE_ACTS.isdisjoint(tokens(text))


_RESPONSE_VERBS = LEXICON.words("response_verbs")
_RESPONSE_ASKS = frozenset({"how", "what"})
_RESPONSE_ACTS = LEXICON.words("response_acts")


def reason_in_year(question: Asked, text: str) -> bool:
    """Asked why something happened in a year ("why did he resign in 2023"), the text speaks of
    that year; a record of another time gives the reason for nothing asked (the premise may be
    false). Asked anything else, or no year, nothing to check."""
    if question.relation is not Relation.WHY or not question.years:
        return True
    return any(int(found) in question.years for found in _YEAR.findall(text))


def reason_of_year(question: Asked, text: str) -> bool:
    """Asked why something happened in a year, one sentence both gives a reason and speaks of
    that year: "left in 1999 ... so" beside "suspended in 2012" gives no reason for 2012."""
    if question.relation is not Relation.WHY or not question.years:
        return True
    return any(
        states_reason(question, sentence) and reason_in_year(question, sentence)
        for sentence in _SENTENCE.split(text)
    )


# Where one statement of a text ends: a line, or a full stop or semicolon before a new clause.
_SENTENCE = re.compile(r"\n|(?<=[.;])\s+")


def states_day_in_month(question: Asked, text: str, dates: list[PartialDate]) -> bool:
    """Asked the exact day within a month ("what date in May 2021"), the text names a day of that
    month; a day of another month answers something else. Else nothing to check."""
    months = [date for date in dates if date.month is not None and date.day is None]
    if question.relation is not Relation.DAY or not months:
        return True
    return any(
        found.day is not None and (found.year, found.month) == (month.year, month.month)
        for found in find_dates(text)
        for month in months
    )


def names_day(text: str) -> bool:
    """The text dates something to the day ("4 May 1992"), not only to a month or a year."""
    return any(date.day is not None for date in find_dates(text))


def states_each(question: Asked, text: str, places: frozenset[str]) -> bool:
    """Asked several relations at once, the text states each; asked one, nothing to check here."""
    if not question.also:
        return True
    statement = Statement(text)
    return _states(
        question.relation, statement, places, question.words, question.people
    ) and states_also(question, text, places)


def states_asked_of_part(question: Asked, text: str, places: frozenset[str]) -> bool:
    """The text states the relation asked of a state's own part (a unit, a delegation): a
    number for "how many"; for "who", a person the fact base knows, since a breakdown of
    troops by state ("Russia about 3,000, Belarus about 500") names states, not who led them."""
    if question.relation in (Relation.WHO, Relation.PERSON):
        return names_person(text, question.words, question.people)
    return _states(question.relation, Statement(text), places, question.words, question.people)


def asks_reason(words: tuple[str, ...]) -> bool:
    """The question asks why, by "why" or a phrase of relations.yaml's `why` ("for what
    reason", "what made")."""
    if "why" in words:
        return True
    # "The Moscow summit, what for" asks a purpose, which the session's own record answers.
    return _relation(words, _relations()) is Relation.WHY and not reason_asking_words().isdisjoint(
        words
    )


def _relation(words: tuple[str, ...], data: _Relations) -> Relation:
    """The relation whose opening phrase comes first in the question; a "when" that opens a
    clause after another question word ("what did he do when the unrest started") asks none."""
    best = next(
        (
            (start, relation)
            for start, _, (_, relation) in data.ask_table.found(words)
            if not _clause_when(words, start, data)
        ),
        None,
    )
    if best is None or _asks_purpose(words[: best[0]], data):
        # "What is the centre for, and when was it decided": the purpose is asked first.
        return Relation.PURPOSE if _asks_purpose(words, data) else Relation.WHAT
    return best[1]


def _asks_purpose(words: tuple[str, ...], data: _Relations) -> bool:
    """ "What is X for": "what", a form of "be" next, and "for" ending the clause; or "what is
    it meant (designed, intended) to do": a word of purpose before "to"."""
    for index in range(len(words) - 2):
        if words[index] != "what" or words[index + 1] not in data.purpose_be:
            continue
        for end in range(index + 2, len(words)):
            after = words[end + 1] if end + 1 < len(words) else None
            if words[end] == "for" and end > index + 2 and after in (None, *data.purpose_ends):
                return True
            if words[end] in data.purpose_words and after == "to":
                return True
    return False


def purpose_words() -> frozenset[str]:
    """The words by which a fact states what something is for."""
    return _relations().purpose_words


def states_purpose(text: str, topics: tuple[str, ...] = ()) -> bool:
    """The text states what something is for ("its purpose is", "tasked with")."""
    data = _relations()
    if data.purpose_topic in topics:
        return True
    if not {stem(word) for word in data.purpose_words}.isdisjoint(stems(text)):
        return True
    # "created ... to counter aggression": "to" before a verb, not before a name, a number or
    # a determiner ("went to the CSTO", "to 2044", "to Moscow").
    # "Decided to set up", "agreed to send": the verb's own object, the step taken, not what
    # the thing is for.
    split = text.split()
    return any(
        before.casefold() == "to"
        and word.isalpha()
        and word.islower()
        and word not in STOPWORDS
        and verb.casefold() not in data.not_purpose_before
        for verb, before, word in zip(["", *split], split, split[1:], strict=False)
    )


def _clause_when(words: tuple[str, ...], index: int, data: _Relations) -> bool:
    """A "when" after another question word, not joined on by "and" or "since": a clause. So is
    one opening the question with a statement ("when Armenia asked for help, what did the bloc
    send"), the question put after it."""
    if words[index] != data.clause_when:
        return False
    if index == 0:
        return _opens_a_clause(words)
    asked_before = any(word in _ASKING_WORDS for word in words[:index])
    return asked_before and words[index - 1] not in data.not_clause_before


def _opens_a_clause(words: tuple[str, ...]) -> bool:
    """ "When Armenia asked ..., what did the bloc send": the first "when" has no verb of its own
    after it ("when did", "when was"), and another question word asks with one later."""
    # "When and where did ...": question words joined, no clause.
    if len(words) < 2 or words[1] in _QUESTION_VERBS or words[1] in _JOINED_ASKING:
        return False
    return any(
        word in _ASKING_WORDS and following in _QUESTION_VERBS
        for word, following in pairwise(words[2:])
    )


@dataclass(frozen=True, slots=True)
class Finding:
    """How one fact fares against what was asked."""

    states_relation: bool  # it states the kind of thing asked (a date, a number, a place...)
    relation_checked: bool  # the question asked a relation that could be checked at all
    covers: bool  # it uses enough of the question's content words (weighted by rarity)
    in_time: bool  # it holds at the time asked
    of_event: bool = True  # it states the event asked about, not only its opposite or another

    @property
    def passed(self) -> bool:
        """The fact may be given as the answer."""
        return self.states_relation and self.covers and self.in_time and self.of_event

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
    # When an undated fact held ("as of January 2023"): it is of that time too.
    as_of: PartialDate | None = None
    # The stems of its owner's names: a fact in a state's own record speaks of that state.
    owner: frozenset[str] = frozenset()

    @classmethod
    def of_fact(cls, item: FactItem) -> Statement:
        """A fact as the check reads it."""
        fact = item.fact
        return cls(fact.text, tuple(fact.topics), fact.date, as_of=fact.as_of)

    @classmethod
    def of_dispute(cls, item: DisputeItem) -> Statement:
        """A dispute as the check reads it: its topic and every claim."""
        dispute = item.dispute
        text = " ".join([dispute.topic, *(claim.text for claim in dispute.claims)])
        return cls(text, tuple(dispute.topics), None, dated_by_text=True)


def check(question: Asked, statement: Statement, places: frozenset[str]) -> Finding:
    """Check a statement against the question's relation, content words and time."""
    own_words = stems(statement.text)
    said = own_words | frozenset(statement.topics) | statement.names
    # Asked several relations at once, a fact stating any of them may be part of the answer.
    asked_relations = (question.relation, *question.also)
    return Finding(
        any(
            _states(relation, statement, places, question.words, question.people)
            for relation in asked_relations
        ),
        question.relation is not Relation.WHAT,
        coverage(question.content, said) >= weight.CHECK_MIN_CONTENT,
        _in_time(question.years, statement) and _in_month(question.months, statement),
        tells_event(question, said)
        and not undoes_event(question, own_words)
        and not denies_asked(question, statement.text)
        and not denies_subject(question, statement.text)
        and not of_another(question.ordinals, statement.text)
        and not _of_earlier_acts(question, statement.text)
        and names_subjects(question, own_words | statement.owner),
    )


# The relations whose answer is of an event: a reason or a person of something else ("who
# announced the withdrawal" for "who announced the deployment") answers another question.
_EVENT_CHECKED = frozenset({Relation.WHY, Relation.WHO})


def tells_event(question: Asked, said: frozenset[str]) -> bool:
    """Asked why or who of an event, the fact says it: one of the question's own content words
    at least, by stem or synonym ("quit": "left"), names aside.
    Asked anything else, or no event, nothing to check here."""
    if question.relation not in _EVENT_CHECKED or not question.event or question.also:
        return True  # a question of several parts: each part's words are another fact's
    # A kindred word is too loose here: "stated" is kin of "announced", and so "member state".
    return any(not own.isdisjoint(said) for _, own, _ in question.event)


def _of_earlier_acts(question: Asked, text: str) -> bool:
    """Asked who or why of an event, the fact says its act only of earlier occasions."""
    if question.relation not in _EVENT_CHECKED or not question.event or question.also:
        return False
    return only_earlier((own for _, own, _ in question.event), text)


def names_subjects(question: Asked, said: frozenset[str]) -> bool:
    """Asked why, the fact names a subject asked about, or is its own record: a fact held by two
    states ("Armenia will leave", kept with Azerbaijan's) gives the other's reason."""
    if question.relation is not Relation.WHY or not question.subjects:
        return True
    return any(not names.isdisjoint(said) for names in question.subjects)


def undoes_event(question: Asked, said: frozenset[str]) -> bool:
    """The fact states only the event opposite to one asked: a withdrawal for a deployment, a
    departure for an accession, an end for a start. A negated question ("would not stay") asks
    after the opposite event itself."""
    if not _NEGATED.isdisjoint(question.words):
        return False
    # "How big was the contingent sent to Kazakhstan": the event only says which contingent; a
    # figure reported at its withdrawal counts it all the same.
    if question.relation is Relation.COUNT:
        return False
    asked_stems = frozenset(stem(word) for word in question.words)
    for one, two in _relations().opposites:
        for this, other in ((one, two), (two, one)):
            if this & asked_stems and not other & asked_stems and other & said and not this & said:
                return True
    return False


# How near after "not" or "refused" a word is read as denied ("did not sign the protocol").
_DENIAL_REACH = 2
_DENIERS = _NEGATED | CUES.get("refusal", frozenset())


def denies_asked(question: Asked, text: str) -> bool:
    """Asked who did something, the fact has the deed only denied ("X did not sign"): it tells
    who did not, the opposite. A yes-no or negated question asks after the denial itself."""
    if question.relation is not Relation.WHO or not _DENIERS.isdisjoint(question.words):
        return False
    plain = tokens(text)
    words = [stem(word) for word in plain]
    denied = {
        index
        for index in range(len(plain))
        if not _DENIERS.isdisjoint(plain[max(0, index - _DENIAL_REACH) : index])
    }
    own = {stem(word) for word in question.words - STOPWORDS - _ASKING_WORDS}
    for asked_stem in own:
        places = [index for index, word in enumerate(words) if word == asked_stem]
        if places and all(index in denied for index in places):
            return True
    return False


# How many words after a subject's name a denial still speaks of it ("Azerbaijan, Georgia and
# Uzbekistan did not"), within one clause.
_SUBJECT_DENIAL_REACH = 6
_CLAUSE_ENDS = frozenset({".", ";", ":"})
_DENIED_ACT_REACH = 3  # the words after "did not" that say which act is denied
# Asked these of a subject's act, a fact saying the subject did not do it gives no time or place.
_ACT_RELATIONS = frozenset({Relation.WHEN, Relation.DAY, Relation.WHERE})
_ACT_EVER = LEXICON.words("act_ever")
_NEVER = frozenset({"never"})


def denies_subject(question: Asked, text: str) -> bool:
    """Asked when or where a named subject did something, the fact says that subject did not
    ("six states signed a renewal protocol, and Azerbaijan ... did not"): it tells of others."""
    # "Did Belarus ever sign it": a fact that it did not sign then answers no "ever"; one that
    # it never did ("has never been a member") does.
    ever = not _ACT_EVER.isdisjoint(question.words)
    if (question.relation not in _ACT_RELATIONS and not ever) or not question.subjects:
        return False
    if not _DENIERS.isdisjoint(question.words):
        return False  # "when did Azerbaijan refuse": the denial is what is asked
    words = re.findall(r"[\w'-]+|[.;:]", text.casefold())
    if ever and not _NEVER.isdisjoint(words):
        return False
    stemmed = [stem(word) for word in words]
    names = frozenset().union(*question.subjects)
    # The act asked: the question's words less its names and the organization's domain nouns.
    acts = frozenset(stem(word) for word in question.words - STOPWORDS - DOMAIN) - names
    for own in question.subjects:
        spoken = [index for index, word in enumerate(stemmed) if word in own]
        if spoken and all(_denied_after(words, stemmed, index, acts) for index in spoken):
            return True
    return False


def _denied_after(
    words: list[str], stemmed: list[str], index: int, asked_stems: frozenset[str]
) -> bool:
    """A denial follows the word at `index` within its clause and reach, of the act asked: it
    ends the clause ("... and Azerbaijan did not.") or a word asked follows it ("did not sign
    the treaty"); "did not sign the renewal and so left" denies another act than leaving."""
    end = index + 1 + _SUBJECT_DENIAL_REACH
    for place in range(index + 1, min(end, len(words))):
        if words[place] in _CLAUSE_ENDS:
            return False
        if words[place] in _DENIERS:
            after = []
            for word, stemmed_word in zip(
                words[place + 1 : place + 1 + _DENIED_ACT_REACH],
                stemmed[place + 1 : place + 1 + _DENIED_ACT_REACH],
                strict=False,
            ):
                if word in _CLAUSE_ENDS:
                    break
                after.append(stemmed_word)
            if after:  # "did not sign the treaty": the act is said after the denial
                return not asked_stems.isdisjoint(after)
            # "Six states signed, and Azerbaijan did not.": the act is the one said before it.
            start = max((i for i in range(index) if words[i] in _CLAUSE_ENDS), default=-1)
            return not asked_stems.isdisjoint(stemmed[start + 1 : index])
    return False


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
    people: frozenset[str] = frozenset(),
) -> bool:
    text = statement.text
    if relation is Relation.COUNT:
        return states_quantity(text) or _states_none_sent(text, asked_words)
    if relation is Relation.WHEN:
        return statement.date is not None or bool(_YEAR.search(text)) or _names_month(text)
    if relation in _SAID_BY_KIND:
        return _states_kind(relation, statement)
    if relation is Relation.WHERE:
        return _says_where(text, places, asked_words)
    if relation in (Relation.WHO, Relation.PERSON):
        return _names_asked(relation, text, asked_words, people)
    return True


# Relations a statement shows by the kind of thing it says: a day, a period, a descent, a
# purpose.
_SAID_BY_KIND = frozenset({Relation.DAY, Relation.DURATION, Relation.PREDECESSOR, Relation.PURPOSE})


def _states_kind(relation: Relation, statement: Statement) -> bool:
    if relation is Relation.DAY:
        return names_day(statement.text)
    if relation is Relation.DURATION:
        return states_length(statement.text)
    if relation is Relation.PREDECESSOR:
        return states_lineage(statement.text)
    return states_purpose(statement.text, statement.topics)


def _names_asked(
    relation: Relation, text: str, asked_words: frozenset[str], people: frozenset[str]
) -> bool:
    """Asked who, any name the question did not give; asked which person, a person's name."""
    if relation is Relation.PERSON:
        return names_person(text, asked_words, people)
    return _names_someone(text, asked_words)


def names_person(text: str, asked_words: frozenset[str], people: frozenset[str]) -> bool:
    """The text names a person the fact base knows, other than one the question names."""
    asked_stems = frozenset(stem(word) for word in asked_words)
    return not (people - asked_stems).isdisjoint(stems(text))


def states_person(question: Asked, text: str) -> bool:
    """Asked which person ("which Russian president"), the text names one; else nothing to check."""
    return question.relation is not Relation.PERSON or names_person(
        text, question.words, question.people
    )


def _names_someone(text: str, asked_words: frozenset[str]) -> bool:
    """A name, in any script, that the question did not give itself.

    "Who was in charge in Kazakhstan?" is not answered by a fact that only names Kazakhstan,
    nor by a sentence's capitalised first word ("The"), a month, or an acronym such as the
    organization's own ("the first CSTO member" names no one), nor a title without a name
    ("the Secretary General") or a part of a text ("Article 4").
    """
    no_answer = asked_words | STOPWORDS | _relations().titles
    for word in text.split():
        bare = word.strip(_PUNCTUATION)
        if not bare[:1].isupper() or bare.isupper():
            continue
        said = tokens(bare)[:1]
        if said and said[0] not in no_answer and not is_date_word(said[0]):
            return True
    return False


def states_quantity(text: str) -> bool:
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


def _states_none_sent(text: str, asked_words: frozenset[str]) -> bool:
    """Asked how many were sent ("how many troops did the CSTO deploy to Armenia"), a fact
    saying none were ("the other members declined to send forces") gives the count: zero. Not
    asked of what was sent ("Armenian military losses"), it counts nothing."""
    data = _relations()
    if data.zero_count_verbs.isdisjoint(asked_words):
        return False
    spoken = f" {' '.join(tokens(text))} "
    return any(phrase in spoken for phrase in data.zero_counts)


def _says_where(text: str, places: frozenset[str], asked_words: frozenset[str]) -> bool:
    """A place the question did not name itself: "where was Uzbekistan's return announced" is
    not answered by a fact naming Uzbekistan alone. Asked which city, a city (`places` is then
    the cities known), or a name after "in" that is no state's ("arrived in Almaty")."""
    if (set(tokens(text)) & places) - asked_words:
        return True
    if asked_words & _relations().city_words:
        return _in_named_place(text, asked_words | _state_names())
    return _in_named_place(text, asked_words)


@cache
def _state_names() -> frozenset[str]:
    """The world's one-word country names, lowercased: "in Kazakhstan" names no city."""
    return frozenset(name.casefold() for name in external_country_names() if len(name.split()) == 1)


_IN_PLACE = re.compile(r"\b(?:in|at|near|to)\s+(?:the\s+)?([A-Z][\w'-]+)")


def _in_named_place(text: str, asked_words: frozenset[str] = frozenset()) -> bool:
    """'arrived in Almaty', 'held at Edelweiss': a preposition before a name, not a month, nor
    a name the question gave itself."""
    return any(
        not is_date_word(name.casefold())
        and not name.isupper()
        and name.casefold() not in asked_words
        for name in _IN_PLACE.findall(text)
    )


_REFERENCE_YEAR = re.compile(r"\b(?:since|before|after)\s+((?:1[89]|20)\d\d)\b", re.IGNORECASE)


def _reference_years(text: str) -> set[int]:
    """The years a text names only as a point of reference ("since 1994", "before 2020")."""
    return {int(year) for year in _REFERENCE_YEAR.findall(text)}


def _names_month(text: str) -> bool:
    return bool(set(tokens(text)) & _MONTHS)


def _in_month(months: frozenset[tuple[int, int]], statement: Statement) -> bool:
    """Asked of a month ("who asked for help in January 2022"), a fact dated to another month
    of that year (Armenia's request of September 2022) does not hold then, unless its text
    names the month asked too. Facts of other years are left to the year's check."""
    date = statement.date
    if not months or date is None or date.month is None or (date.year, date.month) in months:
        return True
    if date.year not in {year for year, _ in months}:
        return True
    named = {(d.year, d.month) for d in find_dates(statement.text) if d.month is not None}
    return bool(named & months)


def holds_in(years: frozenset[int], statement: Statement) -> bool:
    """The statement holds in one of the years (see _in_time): public for the answer checks."""
    return _in_time(years, statement)


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
        # A fact of its own time names another year only as a point of reference ("the worst
        # fighting since 1994", in a fact of 2016): that year's events are not its own.
        mentioned -= _reference_years(statement.text)
        mentioned.add(statement.date.year)
    if statement.as_of is not None:
        mentioned.add(statement.as_of.year)
    # An undated fact naming only other years ("a reason for its 2012 suspension") is of them.
    return not mentioned or bool(mentioned & years)
