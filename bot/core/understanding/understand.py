"""Decide what a question asks (intent) and about what (subject), from a linked Reading."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.language.lexicon import (
    CONFLICT_WORDS,
    DOMAIN,
    LEXICON,
    MEMBER_WORDS,
    OFF_TOPIC,
    ORG_WORDS,
    STOPWORDS,
    SUMMIT_WORDS,
)
from bot.core.language.linking import Linker, Mention, Reading
from bot.core.understanding.intent import Intent
from bot.core.understanding.intents import (
    PERSONAL_PRONOUNS,
    SIGNALS,
    UPCOMING,
    IntentReader,
    any_cue,
    cues,
    points_back,
    relative,
    specific_summit_cue,
)
from bot.core.understanding.memory import Topic
from bot.core.understanding.signals import SignalReader
from bot.core.understanding.subjects import SubjectFinder

_PRONOUNS = LEXICON.words("pronouns")
_PLURAL_SUMMITS = LEXICON.words("summits_plural")
# Kinds of subject named by generic words ("secretary general"): they do not make a question ours.
_GENERIC_KINDS = frozenset(["body", "organization"])
_REGULAR = frozenset(["regular", "jubilee"])  # summit kinds (knowledge schema), not words


@dataclass
class Understanding:
    """The outcome of reading a question: intent, subject entities, dates, and how sure we are."""

    intent: Intent
    subjects: list[str] = field(default_factory=list)
    dates: list[PartialDate] = field(default_factory=list)
    external: list[Mention] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)  # when ambiguous: which one?
    certainty: float = 1.0
    from_memory: bool = False
    carried: tuple[str, ...] = ()  # the previous question's specific words, for follow-ups


@dataclass(frozen=True, slots=True)
class _Parts:
    """What a question names, sorted by kind, and the cues that route it."""

    reading: Reading
    ids: list[str]
    words: set[str]
    people: list[str]
    countries: list[str]
    bodies: list[str]
    conflicts: list[str]
    wants_summit: bool
    wants_conflict: bool
    has_city: bool

    @property
    def own_subject(self) -> bool:
        """The question names a person, country, body or conflict of its own."""
        return bool(self.people or self.countries or self.bodies or self.conflicts)

    @classmethod
    def of(cls, reading: Reading, catalog: Catalog, cities: dict[str, list[str]]) -> _Parts:
        """Sort the question's linked entities by kind."""
        ids = reading.ids()
        kinds = {entity_id: catalog.kinds[entity_id] for entity_id in ids}
        words = set(reading.corrected)
        conflicts = [i for i in ids if kinds[i] == "conflict"]
        return cls(
            reading=reading,
            ids=ids,
            words=words,
            people=[i for i in ids if kinds[i] == "person"],
            countries=[i for i in ids if kinds[i] == "country"],
            bodies=[i for i in ids if kinds[i] == "body"],
            conflicts=conflicts,
            wants_summit=bool(words & SUMMIT_WORDS) or any(kinds[i] == "summit" for i in ids),
            wants_conflict=bool(words & CONFLICT_WORDS) or bool(conflicts),
            has_city=any(word in cities for word in words),
        )


class Understander:
    """Turns a Reading (plus the conversation's last topic) into an Understanding."""

    def __init__(self, catalog: Catalog, linker: Linker) -> None:
        self.catalog = catalog
        self.linker = linker
        self.finder = SubjectFinder(catalog)
        self.org = linker.organization
        self.intents = IntentReader(SignalReader(self.org))
        # The organization's own names are domain words too ("csto", "odkb").
        self.domain = DOMAIN | self.org.names
        self.org_words = ORG_WORDS | self.org.names

    def is_off_topic(
        self, reading: Reading, vocabulary: frozenset[str], foreign: frozenset[str]
    ) -> bool:
        """Weather, jokes, other organizations, gibberish: nothing here is about the CSTO.

        With no entity of the fact base named, a question about "the secretary general" is taken
        to mean the CSTO's only if every word is one the bot knows; "the secretary general of
        nato" is not, because NATO is an organization the facts mention but are not about.
        """
        words = set(reading.corrected)
        if not words.isdisjoint(OFF_TOPIC):
            return True
        organization = self.catalog.organization.id
        linked = reading.ids()
        explicit = organization in linked or not words.isdisjoint(self.org.names)
        if not words.isdisjoint(foreign) and not explicit:
            # Bodies are named by generic words ("secretary general"), so they don't count here.
            return all(self.catalog.kinds[i] in _GENERIC_KINDS for i in linked)
        if [i for i in linked if i != organization] or explicit:
            return False
        if words & SUMMIT_WORDS and (
            words & set(self.finder.city_index) or any(w.isdigit() for w in words)
        ):
            return False  # "the main topic of the dushanbe summit"
        unknown = {w for w in words - vocabulary - STOPWORDS if not w.isdigit()}
        return bool(unknown) or words.isdisjoint(self.domain | SIGNALS)

    def needs_context(self, reading: Reading) -> bool:
        """True when the question leans on the last one: 'and Georgia?', 'why?', 'who hosted it'."""
        if points_back(reading):
            return True
        own = [i for i in reading.ids() if self.catalog.kinds[i] != "organization"]
        complete = bool(set(reading.corrected) & (self.domain | self.org_words)) or bool(own)
        return not complete and len(reading.content) <= 3

    def understand(
        self, reading: Reading, dates: list[PartialDate], memory: Topic | None
    ) -> Understanding:
        """Pick the intent and subjects, falling back on the conversation's last topic."""
        question = _Parts.of(reading, self.catalog, self.finder.city_index)
        found = (
            self._context_route(question, dates, memory)
            or self._summit_route(question, dates)
            or self._subject_route(question, dates)
            or self._country_route(question, dates, memory)
        )
        if found is not None:
            return found
        org = self.catalog.organization.id
        general = self.intents.intent_for("organization", reading, dates)
        if general != Intent.FACTS_SEARCH or org in question.ids or question.words & self.domain:
            return Understanding(general, [org], dates)
        return Understanding(Intent.ABSTAIN, [], dates, certainty=0.0)

    def _context_route(
        self, question: _Parts, dates: list[PartialDate], memory: Topic | None
    ) -> Understanding | None:
        """Follow-ups, and pronouns with nothing to point back to."""
        reading, words = question.reading, question.words
        if memory and not question.own_subject and self.needs_context(reading):
            follow = self._follow_up(reading, dates, memory)
            if follow:
                return follow
        pronoun = not words.isdisjoint(_PRONOUNS)
        org = self.catalog.organization.id
        names_something = bool(words & (self.domain | self.org_words)) or org in question.ids
        if pronoun and memory is None and not question.own_subject and not names_something:
            # "when did it come back?" with nothing before it: guessing "it" would mislead.
            return Understanding(Intent.UNRESOLVED, [], dates, certainty=0.0)
        return None

    def _summit_route(self, question: _Parts, dates: list[PartialDate]) -> Understanding | None:
        """Secretaries general, the next summit, members at a date, and summits."""
        reading, words, people = question.reading, question.words, question.people
        org = self.catalog.organization.id
        about_a_summit = question.wants_summit and bool(dates or question.has_city)
        asks_secretary = cues(reading, "secretary") and not (people and not relative(reading))
        if asks_secretary and not about_a_summit:
            return Understanding(Intent.ORG_SECRETARIES, [*people[:1], org], dates)
        if question.wants_summit and words & UPCOMING:
            return Understanding(Intent.SUMMIT_NEXT, [org], dates)
        session_cue = reading.has("session")
        if words & MEMBER_WORDS and not session_cue and not question.own_subject and dates:
            return Understanding(Intent.MEMBER_AT_DATE, [org], dates)
        dated_session = bool(dates) and reading.has("session_record") and not question.own_subject
        named_session = question.wants_summit or (dates and question.has_city and session_cue)
        if not named_session and not dated_session:
            return None
        where_when = cues(reading, "when", "where") and not session_cue
        summits = self.finder.summits_meant(reading, dates, pick_one=not where_when)
        plural = bool(words & _PLURAL_SUMMITS) or (reading.has("count") and not dates)
        if len(summits) > 1 and people:
            return Understanding(
                self.intents.intent_for("person", reading, dates), people[:1], dates
            )
        if plural or (len(summits) > 1 and (where_when or not specific_summit_cue(reading))):
            return Understanding(Intent.SUMMIT_LIST, summits, dates)
        if len(summits) > 1:
            return Understanding(Intent.CLARIFY, [], dates, candidates=summits, certainty=0.4)
        return (
            Understanding(self.intents.intent_for("summit", reading, dates), summits, dates)
            if summits
            else None
        )

    def _subject_route(self, question: _Parts, dates: list[PartialDate]) -> Understanding | None:
        """People, bodies, the presidency of a named country, and conflicts."""
        reading, people, bodies = question.reading, question.people, question.bodies
        countries, conflicts_named = question.countries, question.conflicts
        if people and not (question.wants_conflict and not cues(reading, "said")):
            return Understanding(
                self.intents.intent_for("person", reading, dates), people[:1], dates
            )
        if bodies and not countries and not conflicts_named:
            return Understanding(self.intents.intent_for("body", reading, dates), bodies[:1], dates)
        if reading.has("presidency") and countries and not people:
            return Understanding(
                Intent.ORG_PRESIDENCY, [self.catalog.organization.id, *countries], dates
            )
        if question.wants_conflict:
            conflicts = self.finder.conflicts_meant(reading, dates)
            if len(conflicts) == 1:
                return Understanding(
                    self.intents.intent_for("conflict", reading, dates), conflicts, dates
                )
            if len(conflicts) > 1:
                return Understanding(Intent.CLARIFY, [], dates, candidates=conflicts, certainty=0.4)
        if bodies:
            return Understanding(self.intents.intent_for("body", reading, dates), bodies[:1], dates)
        return None

    def _country_route(
        self, question: _Parts, dates: list[PartialDate], memory: Topic | None
    ) -> Understanding | None:
        """A country's membership, or the conflict a country and a year point to."""
        reading, countries = question.reading, question.countries
        if not countries:
            return None
        membership_cue = reading.has("membership_change")
        asks_role = reading.has("role") or not any_cue(reading)
        if dates and not membership_cue and asks_role:
            conflicts = self.finder.conflicts_meant(reading, dates)
            if len(conflicts) == 1:
                intent = Intent.CONFLICT_ROLE if reading.has("role") else Intent.CONFLICT_YEAR
                return Understanding(intent, conflicts, dates)
        intent = self.intents.intent_for("country", reading, dates)
        leaning = memory is not None and points_back(reading) and not any_cue(reading)
        if leaning and memory is not None and memory.intent.startswith("member."):
            intent = memory.intent  # "and Georgia?" asks the last question anew
        return Understanding(intent, countries, dates)

    def _follow_up(
        self, reading: Reading, dates: list[PartialDate], memory: Topic
    ) -> Understanding | None:
        """Resolve 'when did it leave?', 'what about 2022?', 'why was he absent?'."""
        if not memory.entities:
            return None
        personal = not set(reading.words).isdisjoint(PERSONAL_PRONOUNS)
        people = [e for e in memory.entities if self.catalog.kinds.get(e) == "person"]
        others = [e for e in memory.entities if self.catalog.kinds.get(e) != "person"]
        if personal and len(people) > 1:
            people = self.finder.best_matching(people, reading)  # "why did he refuse to sign"
        focus = (people if personal and people else others or people)[0]
        kind = self.catalog.kinds.get(focus, "")
        cued = any_cue(reading)
        intent = self.intents.intent_for(kind, reading, dates) if cued else memory.intent
        if not self.intents.belongs(kind, intent):
            intent = self.intents.intent_for(kind, reading, dates)
        subjects = [focus]
        if memory.intent == Intent.ORG_SECRETARIES and (relative(reading) or dates or not cued):
            return Understanding(
                Intent.ORG_SECRETARIES,
                [*people[:1], self.catalog.organization.id],
                dates,
                certainty=0.85,
                from_memory=True,
                carried=(),
            )
        if dates and not cued:
            # "what about 2022?": the same question about another date.
            if kind == "summit":
                found = self.finder.summits_meant(reading, dates)
                regular = [s for s in found if self.finder.kind(s) in _REGULAR]
                subjects = regular[:1] or found[:1]
                if not subjects:
                    return Understanding(Intent.SUMMIT_LIST, [], dates, from_memory=True)
            elif kind == "conflict":
                # "what about 2022?" after the 2021 clashes: the same parties' conflict then.
                subjects = self.finder.sibling_conflicts(focus, dates) or subjects
                intent = Intent.CONFLICT_YEAR if subjects == [focus] else Intent.CONFLICT_OVERVIEW
            elif memory.intent != Intent.FACTS_SEARCH:
                intent = {"country": Intent.MEMBER_IS, "person": Intent.PERSON_STATEMENTS}.get(
                    kind, intent
                )
                if kind == "organization" and memory.intent in {
                    Intent.MEMBER_LIST,
                    Intent.MEMBER_COUNT,
                }:
                    intent = Intent.MEMBER_AT_DATE
        carried = memory.words if Intent.FACTS_SEARCH in {memory.intent, intent} else ()
        return Understanding(
            intent, subjects, dates, certainty=0.85, from_memory=True, carried=carried
        )
