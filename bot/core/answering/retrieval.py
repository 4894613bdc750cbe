"""Fact retrieval: rank facts by the question's rarer words, weighted by how rare they are (IDF)."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from bot.core.answering import confidence as weight
from bot.core.knowledge.catalog import Catalog, DisputeItem, FactItem
from bot.core.knowledge.dates import PartialDate
from bot.core.language.lexicon import LEXICON, STOPWORDS, SYNONYMS, TOPIC_WORDS
from bot.core.language.normalize import tokens
from bot.core.language.organization import OrganizationWords

_SUFFIXES = LEXICON.suffixes
_ORDINALS = LEXICON.words("ordinals")
# A quantity: "2,000", "225", "17,000" (a year or a day of a month is not one).
_QUANTITY = re.compile(
    r"\b(?:\d{1,3}(?:,\d{3})+|\d+)(?!\s*(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december))\b(?<!\b(?:19|20)\d\d)",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A crude English stem: drop a common suffix, keep six letters ('commanded' ~ 'commander')."""
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]  # "base"/"based", "agree"/"agreed" meet at the same stem
    return word[:6]


@lru_cache(maxsize=4096)
def stems(text: str) -> frozenset[str]:
    """The stems of a text's content words (cached: the facts' texts are asked about often)."""
    return frozenset(
        stem(word)
        for word in tokens(text)
        if word not in STOPWORDS and (len(word) >= 2 or word.isdigit())
    )


@dataclass(frozen=True, slots=True)
class Hit:
    """A ranked fact (or dispute) with its score and how much of the question it covers."""

    score: float
    coverage: float
    matched: int
    item: FactItem | None = None
    dispute: DisputeItem | None = None


@dataclass(frozen=True, slots=True)
class _Document:
    """One fact or dispute as the ranking sees it, with what is cheap to know in advance."""

    words: frozenset[str]  # what it says, plus the names of whom it is held by and about
    owner: str
    about: frozenset[str]
    when: PartialDate | None
    dated: bool
    quantity: bool
    item: FactItem | None
    dispute: DisputeItem | None


class Retriever:
    """An inverted index over every fact and dispute, for lexical ranking."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        # The organization's own names ask for nothing in particular: every fact is about it.
        self._generic = OrganizationWords.of(catalog.organization).names
        self.documents: list[_Document] = []
        seen: set[str] = set()
        for entity_id in catalog.entities:
            names = self._name_stems(entity_id)
            for item in catalog.facts_of.get(entity_id, []):
                if item.id in seen:
                    continue
                seen.add(item.id)
                words = stems(item.fact.text) | set(item.fact.topics) | names
                for other in item.fact.about:
                    words |= self._name_stems(other)
                self.documents.append(
                    _Document(
                        frozenset(words),
                        item.owner,
                        frozenset(item.fact.about),
                        item.when,
                        item.fact.date is not None,
                        bool(_QUANTITY.search(item.fact.text)),
                        item,
                        None,
                    )
                )
            for dispute in catalog.disputes_of.get(entity_id, []):
                text = " ".join(
                    [dispute.dispute.topic, *(claim.text for claim in dispute.dispute.claims)]
                )
                said = stems(text) | set(dispute.dispute.topics)
                self.documents.append(
                    _Document(
                        frozenset(said | names),
                        dispute.owner,
                        frozenset(),
                        None,
                        False,
                        bool(_QUANTITY.search(text)),
                        None,
                        dispute,
                    )
                )
        frequency: Counter[str] = Counter()
        self._postings: dict[str, list[int]] = {}
        for index, document in enumerate(self.documents):
            frequency.update(document.words)
            for word in document.words:
                self._postings.setdefault(word, []).append(index)
        total = len(self.documents) or 1
        self.idf = {word: math.log(1 + total / count) for word, count in frequency.items()}
        self._max_idf = math.log(1 + total)

    def _name_stems(self, entity_id: str) -> set[str]:
        entity = self.catalog.entities.get(entity_id)
        if entity is None:
            return set()
        return {stem(word) for word in tokens(entity.name) if word not in STOPWORDS}

    def uses(self, word: str) -> bool:
        """Some fact uses the word, or one of its synonyms (by stem)."""
        own = stem(word)
        return any(s in self.idf for s in {own} | _SYNONYM_STEMS.get(own, set()))

    def weight(self, word: str) -> float:
        """How telling a stem is: rare stems weigh more; words no fact uses weigh little."""
        return self.idf.get(word, weight.UNSEEN_WORD)

    def _candidates(self, asked: set[str], topics: set[str]) -> list[int]:
        """Documents sharing a telling word or a topic with the question, in knowledge order.

        Words that a quarter of all facts use (a member's name, "treaty") rank facts but do not
        pick them: a fact that shares only those with a question cannot be its best answer
        unless nothing shares more, and then they are used after all.
        """
        common = len(self.documents) / 4
        telling = {w for w in asked if len(self._postings.get(w, ())) <= common} | topics
        found = {i for word in telling for i in self._postings.get(word, ())}
        if not found:
            found = {i for word in asked for i in self._postings.get(word, ())}
        return sorted(found)

    def search(
        self,
        words: set[str],
        topics: set[str],
        focus: set[str],
        scope: set[str] | None,
        *,
        dates: list[PartialDate],
        wants_date: bool = False,
        wants_number: bool = False,
        background: frozenset[str] = frozenset(),
        primary: frozenset[str] = frozenset(),
        kin: dict[str, frozenset[str]] | None = None,
        doubted: bool = False,
        timing: frozenset[str] = frozenset(),
        acts: frozenset[str] = frozenset(),
        named: bool = False,
    ) -> list[Hit]:
        """Rank facts for the question's stems; `scope` limits them to the subjects' facts.

        Coverage is measured on `focus`, the question's specific words (not its cue words), so
        "how many troops were sent" is judged on whether a fact speaks of what was asked about.
        `timing`: focus words of a clause of time ("after the four-day war"), counted among the
        words a fact matches but left out of its coverage (a fact of then need not say them).
        `named`: the question names its `primary` subjects itself (not carried over from the
        conversation), so their own facts speak of what it asks.
        `acts`: the stems of the acts a rule is asked of ("can a member withdraw"): a fact of one
        dated event is no rule, and a rule fact speaking of every act asked covers the question
        (a member named as an example, "without asking the others", need not be in the rule).
        """
        asked = {word for word in words if word not in self._generic}
        if not asked and not topics:
            return []
        focus = {word for word in focus if not (word.isdigit() and len(word) == 4)}
        # Each specific word counts as covered when a fact uses it or one of its synonyms.
        # `kin`: other words that say the same, for judging coverage only (not for ranking).
        kin = kin or {}
        groups = [
            (
                0.0 if word in timing else self.weight(word),
                {word} | _SYNONYM_STEMS.get(word, set()) | kin.get(word, set()),
            )
            for word in focus
        ]
        ordinals = asked & _ORDINALS  # "the first war", "the second war": sequences disagree
        # math.fsum, not sum: the words are a set, iterated in hash-seeded order, and a float
        # sum in another order can differ in its last bit (and so swap two tied facts' rank).
        total = math.fsum(weight for weight, _ in groups)
        background = background - asked
        weights = {word: self.weight(word) for word in asked | background}
        hits: list[Hit] = []
        years = {date.year for date in dates}
        for index in self._candidates(asked, topics):
            document = self.documents[index]
            if scope is not None and document.owner not in scope and not scope & document.about:
                continue
            matched = asked & document.words
            on_topic = topics & document.words
            score = math.fsum(weights[word] for word in matched)
            score += weight.TOPIC_MATCH * len(on_topic)
            if background:
                score += weight.BACKGROUND * math.fsum(
                    weights[word] for word in background & document.words
                )
            if primary and (document.owner in primary or primary & document.about):
                score += weight.OWN_SUBJECT
            score += _time_score(document.when, dates, years)
            if ordinals and document.item:
                said = ordinals & document.words
                clash = weight.ORDINAL_CLASH if document.words & _ORDINALS else 0.0
                score += weight.ORDINAL_MATCH if said else clash
            if wants_date and document.dated:
                score += weight.WANTS_DATE
            if wants_number and document.quantity:
                score += weight.WANTS_NUMBER
            if document.dispute is not None:
                score += weight.DOUBTED_DISPUTE if doubted else weight.DISPUTE
            hit_groups = [weight for weight, group in groups if group & document.words]
            if total:
                coverage = math.fsum(hit_groups) / total
            else:
                # No specific words: a topic or two of the question's words must meet; or one
                # word, in the own facts of the subject asked about (its name, the other words,
                # is left out of matching: "when was the peacekeeping force agreed").
                own = (
                    named
                    and document.item is not None
                    and document.owner in primary
                    and any(not word.isdigit() for word in matched)  # a year is a date asked
                )
                coverage = 1.0 if on_topic or len(matched) >= 2 or own else weight.NO_FOCUS_WEAK
            if acts:
                score, coverage = _as_rule(document, acts, score, coverage)
            hits.append(Hit(score, coverage, len(hit_groups), document.item, document.dispute))
        # Ties keep the knowledge's own order, so answers do not change from run to run.
        hits.sort(key=lambda hit: -hit.score)
        return hits


def _as_rule(
    document: _Document, acts: frozenset[str], score: float, coverage: float
) -> tuple[float, float]:
    """A rule asked: a dated event ranks down, and a rule fact speaking of every act covers."""
    if document.dated:
        score += weight.RULE_EVENT
    if "rules" in document.words and _speaks_of_acts(acts, document.words):
        coverage = max(coverage, 1.0)
    return score, coverage


def _speaks_of_acts(acts: frozenset[str], words: frozenset[str]) -> bool:
    """The document speaks of every act asked, by its stem or a synonym's."""
    return all(({act} | _SYNONYM_STEMS.get(act, set())) & words for act in acts)


def _time_score(when: PartialDate | None, dates: list[PartialDate], years: set[int]) -> float:
    """How a fact's date weighs on its rank: the year asked for, another year, another month."""
    if not years or when is None:
        return 0.0
    score = weight.SAME_YEAR if when.year in years else weight.OTHER_YEAR
    return score + (weight.OTHER_MONTH if _other_month(when, dates) else 0.0)


def _other_month(when: PartialDate, dates: list[PartialDate]) -> bool:
    """The fact is dated to a month of a year asked, and every date of that year asked names
    another month ("January 2022" asked, a fact of September 2022)."""
    same_year = [date for date in dates if date.year == when.year]
    if when.month is None or not same_year:
        return False
    return all(date.month is not None and date.month != when.month for date in same_year)


_SYNONYM_STEMS = {
    stem(word): {stem(other) for other in others} for word, others in SYNONYMS.items()
}


def with_synonyms(words: frozenset[str]) -> frozenset[str]:
    """Stems and the stems of their synonyms."""
    return words.union(*(_SYNONYM_STEMS.get(word, set()) for word in words))


def question_words(words: set[str], names: set[str]) -> tuple[set[str], set[str]]:
    """The question's stems (with their synonyms) minus the subjects' names, and topics cued."""
    content = {word for word in words if word not in STOPWORDS and word not in names}
    content |= {synonym for word in content for synonym in SYNONYMS.get(word, ())}
    topics = {topic for topic, cue in TOPIC_WORDS.items() if content & cue}
    return {stem(word) for word in content if len(word) >= 2 or word.isdigit()}, topics
