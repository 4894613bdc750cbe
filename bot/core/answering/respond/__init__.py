"""Responders: one module per subject kind, each turning an Understanding into an Answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from bot.core.answering import confidence as score
from bot.core.answering.compose import AnswerBuilder
from bot.core.answering.retrieval import stem, stems
from bot.core.knowledge.catalog import Catalog, DisputeItem, FactItem
from bot.core.language.lexicon import CUES, KNOWN, SUMMIT_WORDS
from bot.core.language.linking import Reading, name_words
from bot.core.language.normalize import tokens
from bot.core.language.temporal import is_date_word
from bot.core.understanding.understand import Understanding


@dataclass(frozen=True, slots=True)
class Request:
    """Everything a responder needs: the knowledge, the reading and the understanding."""

    catalog: Catalog
    reading: Reading
    understanding: Understanding
    today: dt.date
    cities: frozenset[str] = frozenset()
    # The user remarked that sources disagree or that they are unsure ("i've seen different
    # numbers"): the accounts of a dispute are what they are after.
    doubts: bool = False

    @property
    def org(self) -> str:
        """The organization's abbreviation as answers write it, from the knowledge."""
        return self.catalog.organization.abbreviation

    def builder(self, intent: str | None = None) -> AnswerBuilder:
        """A fresh AnswerBuilder for this question."""
        return AnswerBuilder(
            self.catalog,
            self.reading.original,
            intent or self.understanding.intent,
            entities=list(self.understanding.subjects),
        )


def relevant_disputes(
    request: Request, entity_id: str, topics: Iterable[str], cue: str | None = None
) -> list[DisputeItem]:
    """Disputes on an entity that bear on the question: a topic tag of the intent, or the
    question's own words or cue (see `bears_on`)."""
    wanted = set(topics)
    cue_words = {word[:5] for word in CUES[cue]} if cue else set()
    found = []
    for item in request.catalog.disputes_of.get(entity_id, []):
        if not _in_dates(request, item):
            continue
        topic_words = _topic_words(request, item)
        if wanted & set(item.dispute.topics) or cue_words & topic_words or bears_on(request, item):
            found.append(item)
    return found


# Cue groups that any question may carry ("when", "which", "how many"): sharing one says nothing
# about what the sources disagree on.
_BLAND_CUES = frozenset(
    {"list", "count", "status", "when", "where", "timeline", "who", "what", "overview"}
)


def bears_on(request: Request, item: DisputeItem) -> bool:
    """The question asks what the sources disagree on: it shares a word of the dispute's topic
    (beyond the names of the dispute's holder and the organization) or a cue with it, and its
    dates, if any, meet the claims' dates."""
    if not _in_dates(request, item) or _names_another(request, item):
        return False
    topic = _topic_words(request, item)
    asked = {word[:5] for word in request.reading.content if len(word) >= 4}
    if asked & topic:
        return True
    # Sharing one cue is not enough: "when the observer status began" is not about the founding.
    disputed = _cue_groups(set(tokens(item.dispute.topic)))
    return bool(disputed) and disputed <= _cue_groups(set(request.reading.corrected))


def asks_topic_of(request: Request, item: DisputeItem) -> bool:
    """The question's telling cues ask for a topic the dispute is tagged with ("how many
    troops": its size), at a time its claims meet."""
    asked = _cue_groups(set(request.reading.corrected))
    return bool(asked & set(item.dispute.topics)) and _in_dates(request, item)


def _names_another(request: Request, item: DisputeItem) -> bool:
    """The question names subjects of the dispute holder's kind, and not the holder: a dispute
    on Georgia's accession does not bear on a question about Azerbaijan's."""
    kinds = request.catalog.kinds
    kind = kinds.get(item.owner)
    same = [i for i in request.reading.ids() if kinds.get(i) == kind]
    return bool(same) and item.owner not in same


def _cue_groups(words: set[str]) -> set[str]:
    """The telling cue groups (joined, left, decided, attended...) these words belong to."""
    return {name for name, cue in CUES.items() if name not in _BLAND_CUES and words & set(cue)}


def _topic_words(request: Request, item: DisputeItem) -> set[str]:
    """The dispute topic's words (as 5-letter prefixes) that say what is disputed."""
    names = name_words(request.catalog, item.owner) | name_words(
        request.catalog, request.catalog.organization.id
    )
    prefixes = {word[:5] for word in names}
    return {word[:5] for word in tokens(item.dispute.topic) if len(word) >= 4} - prefixes


def _in_dates(request: Request, item: DisputeItem) -> bool:
    """No dates asked, or some claim's date falls in a year asked about (undated claims pass)."""
    dates = request.understanding.dates
    claimed = [claim.date for claim in item.dispute.claims if claim.date is not None]
    if not dates or not claimed:
        return True
    years = {date.year for date in dates}
    return any(date.year in years for date in claimed)


def spoken_list(names: list[str]) -> str:
    """Names as a sentence says them: "A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def with_topics(items: Iterable[FactItem], *topics: str) -> list[FactItem]:
    """The facts tagged with any of the topics, in their order."""
    wanted = set(topics)
    return [item for item in items if wanted & set(item.fact.topics)]


def by_date(items: Iterable[FactItem]) -> list[FactItem]:
    """Facts in date order; undated ones keep their place at the end."""
    listed = list(items)
    dated = [item for item in listed if item.fact.date]
    undated = [item for item in listed if not item.fact.date]
    return (
        sorted(dated, key=lambda item: item.fact.date.first_day if item.fact.date else dt.date.min)
        + undated
    )


def saying_asked(request: Request, entity_id: str, own: set[str]) -> list[FactItem]:
    """The entity's facts that say the most of the question's own words (enough of them), beyond
    the entity's name, the `own` words that also name it, and generic summit words."""
    named = name_words(request.catalog, entity_id) | own
    words = {
        word
        for word in request.reading.content
        if word not in named and word not in SUMMIT_WORDS and not is_date_word(word)
    }
    asked = {stem(word) for word in words}
    # Cue words ("leader", "signed") say what kind of thing is asked, and names whom it is
    # asked of, not which fact.
    plain = words - KNOWN - request.reading.named_words()
    own_words = {stem(word) for word in plain if len(word) >= score.DISTINCTIVE_CHARS}
    scored = [
        (len(asked & stems(item.fact.text)), item) for item in request.catalog.related(entity_id)
    ]
    best = max((count for count, _ in scored), default=0)
    top = [item for count, item in scored if count == best]
    # One word of the question said by only one of the event's facts singles that fact out
    # ("who got appointed at Bishkek 2017"), when the word is long enough to be a content word.
    distinctive = best == 1 and len(top) == 1 and bool(own_words & stems(top[0].fact.text))
    if best < score.SAYS_ASKED and not distinctive:
        return []
    return top[:2]
