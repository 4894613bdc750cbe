"""Decide what a question asks (intent) and about what (subject), from a linked Reading."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from bot.core.answering import confidence as score
from bot.core.answering.check import (
    light_words,
    names_reason,
    particles,
    states_length,
    states_quantity,
)
from bot.core.answering.respond.filters import read_span, span_edges
from bot.core.answering.retrieval import stem, stems
from bot.core.answering.select import first_or_last
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import REGULAR_SUMMIT_KINDS, Conflict, Summit
from bot.core.language.lexicon import (
    ANAPHORA,
    CONFLICT_WORDS,
    CUES,
    DOMAIN,
    EARLIEST,
    KNOWN,
    LATEST,
    LEXICON,
    OFF_TOPIC,
    ORG_WORDS,
    STOPWORDS,
    SUMMIT_WORDS,
)
from bot.core.language.linking import Linker, Mention, Reading, name_words
from bot.core.language.normalize import tokens
from bot.core.language.predicates import predicate_acts
from bot.core.language.reference import points_at_organization
from bot.core.language.temporal import is_date_word
from bot.core.understanding.created import created_first
from bot.core.understanding.duration import asks_duration, asks_step_end, step_ending
from bot.core.understanding.intent import Intent
from bot.core.understanding.intents import (
    PERSONAL_PRONOUNS,
    SIGNALS,
    IntentReader,
    points_back,
    relative,
)
from bot.core.understanding.memory import (
    Topic,
    fact_saying,
    facts_in_play,
    said_words,
    shared_words,
)
from bot.core.understanding.naming import held_at
from bot.core.understanding.rule_asked import asks_rule
from bot.core.understanding.signals import SignalReader, picks_from_group
from bot.core.understanding.state_offices import StateOffices
from bot.core.understanding.subjects import SubjectFinder
from bot.core.understanding.table import RouteName

# Kinds of subject named by generic words ("secretary general"): they do not make a question ours.
_GENERIC_KINDS = frozenset(["body", "organization"])
# Kinds a question can name as its own subject, and the signals that ask when or where.
_OWN_KINDS = ("person", "country", "body", "conflict", "exercise")
# Military ranks; "secretary" (and its short forms) makes "general" the post instead.
_RANKS = LEXICON.words("ranks_asked")
_SECRETARY = CUES["secretary"]
_NAMES_KIND = {kind: f"names_{kind}" for kind in _OWN_KINDS}
# Words after which a city names whoever acts in the question ("did Tashkent leave").
_SUBJECT_OPENERS = LEXICON.words("yes_no_openers") | LEXICON.words("interrogatives")
_WHEN_WHERE = frozenset(["when", "where"])
_PLACE_PREPOSITIONS = LEXICON.words("place_prepositions")
_ASKS_WHO = frozenset(["who"])  # signals: "who did they pick", a person asked
_HOSTED_LEADERS = frozenset(["summit_attendees", "where"])  # signals: a host, and who met
_RELATION_ONLY = LEXICON.words("relation_only")
_LONG = LEXICON.words("duration")
_COUNT = CUES["count"]  # "how many", "what number": a quantity asked
_NEUTER = LEXICON.words("neuter_pronouns")
_OFFICE_WORDS = LEXICON.words("office_words")
# "Why did it end" after a person's job: "it" is his term, which ends; a body does not.
_TERM_ENDS = LEXICON.words("step_end")
_TERM_NOUNS = LEXICON.words("term_nouns")
_THING = LEXICON.words("thing_pronouns")
_DOCUMENT_VERBS = LEXICON.words("document_verbs")
_DOCUMENT_KIND = "treaty"  # the knowledge's kind for a signed document among the sessions
_REASON = LEXICON.words("asks_reason")
_LEADS = LEXICON.words("leader")
_THE_STATE = LEXICON.words("the_state")
_DEMONSTRATIVES = LEXICON.words("demonstratives")
_STRESSING = frozenset({"same", "very", "exact", "particular"})
_PLURAL = LEXICON.words("plural_pronouns")
_PERSONAL = LEXICON.words("personal_pronouns")
_PRESENT = LEXICON.words("present_words")
_NOW_TENSE = LEXICON.words("leads_now")
# Posts whose holder a follow-up may ask again ("and who has it now?").
_HOLDER_INTENTS = frozenset({Intent.ORG_PRESIDENCY, Intent.ORG_SECRETARIES})
_HOLDING = LEXICON.words("holding_verbs")
_BARE_NOW = 3  # "and now?", "what about now": no more words than these ask nothing new
_AT_EVENT = LEXICON.words("at_event")
_PICKERS = LEXICON.words("picking_determiners")
_SUMMIT = "summit"  # knowledge schema kind
_STATE_MEMBERSHIP = LEXICON.words("state_membership")
# What only a state (or its leader) does to a session, never the session itself ("has it
# skipped", "did it attend"): "it" before such a word is the state in play.
_SESSION_ACTS = LEXICON.words("skipping") | LEXICON.words("attendance")
_STATE_ACTS = _STATE_MEMBERSHIP | _SESSION_ACTS
_FUNCTION_WORDS = light_words() | particles()
# The shortest known word another is read as made from: shorter ones begin too many words.
_MIN_DERIVED_BASE = 4
_DOER_ENDINGS = LEXICON.words("doer_endings")
_VERB_FORMS = ("ing", "ion", "ed")  # "rotate" is known by "rotating", "rotation", "rotated"
_EVENT_KINDS = frozenset(["summit", "conflict"])  # knowledge schema kinds
# Signals: a word of chairing ("council chair") and an event named by a word of conflicts.
_CHAIR_AT_EVENT = frozenset(["chairing", "wants_conflict"])
_ACTS = frozenset(["what", "do"])  # signals: "what did he do", asking for actions
_LEANING = LEXICON.words("leaning_openers")
_BARE_FILLERS = LEXICON.words("bare_fillers")
# Every word of the lexicon's cues and sets: a word outside them and the names is the user's own.
_LEXICON_WORDS = KNOWN.union(*LEXICON.named.values())
# Answers that change with the date asked (an office's holder, the chair, the members).
_TIME_BOUND = frozenset(
    [Intent.ORG_SECRETARIES, Intent.ORG_PRESIDENCY, Intent.MEMBER_AT_DATE, Intent.BODY_LEADERSHIP]
)
# Words naming a place in a list ("the second", "the last one"), and the words that may follow
# one standing for the item itself ("the first one", "the second of them", "the second, how").
_ORDINALS = {word: int(number) for word, number in LEXICON.ordinal_numbers.items()}
_PLACES = frozenset(_ORDINALS) | LEXICON.words("last_of_list")
_PICKED_AFTER = (
    LEXICON.words("one_of_list")
    | frozenset(["of"])
    | LEXICON.words("interrogatives")
    | LEXICON.words("yes_no_openers")
)
# Short forms of posts ("pm": prime minister), by the words of the post they stand for.
_POSTS = LEXICON.post_abbreviations


def picks_by_place(words: tuple[str, ...]) -> bool:
    """'Where did the first one start', 'and the second, how was it stopped': an item picked by
    its place in a list, with no noun of its own after the place word."""
    return place_picked(words) is not None


def place_picked(words: tuple[str, ...]) -> int | None:
    """The place an item is picked by ("the second one": 2; "the last of them": -1), when the
    place word stands for the item itself; None when no item is picked by its place."""
    # After "the" only: "at first" and "how long did it last" pick nothing.
    for before, word, after in zip(("", *words), words, (*words[1:], ""), strict=False):
        if before == "the" and word in _PLACES and (after in _PICKED_AFTER or not after):
            return _ORDINALS.get(word, -1)
    return None


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
    succession: Succession | None = None  # for office.succession: the office and the step
    asked: Intent | None = None  # for clarify: what each candidate would be asked
    aside: bool = False  # asked at the time in play ("then"): the subject in play stays after it
    refound: bool = False  # the carried words are a fact just given, to be found again
    signed: str | None = None  # the thing in play whose signing by the one state is asked
    then: PartialDate | None = None  # a follow-up's time in play, asked by an earlier question
    # A follow-up's times in play: the year asked or answered before, then the years the last
    # answer told of; a bare follow-up's answer must be of one of them (trust/held_time.py).
    held: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Succession:
    """A step in an office's order: from the anchor's term, `step` terms on (negative: back), or
    the holder at `ordinal` (counting full terms, not acting ones)."""

    office: str  # the body whose top office it is
    anchor: str | None  # the person the step starts from
    step: int = 0
    ordinal: int | None = None
    acting_only: bool = False
    near: PartialDate | None = None  # of an anchor's several terms, the one nearest this date


@dataclass(frozen=True, slots=True)
class _Parts:
    """What a question names, sorted by kind, and the signals that route it."""

    reading: Reading
    people: list[str]
    countries: list[str]
    bodies: list[str]
    signals: frozenset[str]


Step = Callable[[_Parts, list[PartialDate], Topic | None], "Understanding | None"]


@dataclass(frozen=True, slots=True)
class _Found:
    """A step's settled outcome, which may be that no subject fits (None)."""

    understanding: Understanding | None


_ANY = LEXICON.words("any_of_span")


def _cities_as_places(reading: Reading, catalog: Catalog) -> set[str]:
    """The question's words but those read as a state ("did Yerevan agree to host": Armenia
    agreeing, not a session in Yerevan)."""
    as_state = {
        index
        for mention in reading.mentions
        if catalog.kinds.get(mention.entity_id) == "country"
        for index in range(mention.start, mention.end)
    }
    return {word for index, word in enumerate(reading.corrected) if index not in as_state}


def _derived(word: str, vocabulary: frozenset[str]) -> bool:
    """An unknown word made from a known one by a doer's ending ("joiners" from "join"), or a
    verb's plain form of a known "-ing", "-ion" or "-ed" word ("rotate": "rotating"): the
    user's wording of a word of the domain, not another subject ("warsaw" is not "wars")."""
    plain = word.endswith("e") and len(word) > _MIN_DERIVED_BASE
    if plain and any(word[:-1] + ending in vocabulary for ending in _VERB_FORMS):
        return True
    return any(
        word.endswith(ending) and word[: -len(ending)] in vocabulary
        for ending in _DOER_ENDINGS
        if len(word) - len(ending) >= _MIN_DERIVED_BASE
    )


def _only_edges(reading: Reading, dates: list[PartialDate]) -> bool:
    """Every date of the question is the edge of a span ("since 2013", "after June 2012")."""
    return set(dates) <= set(span_edges(reading.corrected))


def _asks_which_states_stepped(reading: Reading) -> bool:
    """ "Who joined in 1993", "who left that year": who took a step into or out of the treaty,
    with no pronoun pointing at the state in play ("when did it join")."""
    words = reading.corrected
    opens = words[:1] == ("who",) or words[:2] == ("and", "who")
    stepped = reading.has("join") or reading.has("leave")
    return opens and stepped and not reading.has("anaphora")


def _posts_said(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without a rank said alone: "who was the general in charge" asks of an officer
    in play, not of the secretary general, whose post says "secretary" too."""
    if not _SECRETARY.isdisjoint(words):
        return words
    return tuple(word for word in words if word not in _RANKS)


class Understander:
    """Turns a Reading (plus the conversation's last topic) into an Understanding."""

    def __init__(self, catalog: Catalog, linker: Linker) -> None:
        self.catalog = catalog
        self.linker = linker
        self.finder = SubjectFinder(catalog)
        self.state_offices = StateOffices(catalog)
        self.org = linker.organization
        self.intents = IntentReader(SignalReader(self.org))
        # The organization's own names are domain words too ("csto", "odkb").
        self.domain = DOMAIN | self.org.names
        self.org_words = ORG_WORDS | self.org.names
        self._speaks_of = self.domain | self.org_words  # words that say "this domain"
        self._relevant = self.domain | SIGNALS
        # "And the SG?": a follow-up made of the office's name and question words only.
        self._office_only = LEXICON.words("secretary") | self.org.chief | _BARE_FILLERS
        # Words of states' and the organization's names: a post's title without them is the post.
        self._state_words = (
            frozenset(
                word
                for entity_id in (*(c.id for c in catalog.countries()), catalog.organization.id)
                for word in name_words(catalog, entity_id)
            )
            | self.org.names
        )
        # The step behind each route of the route table (intents.yaml).
        self._steps: dict[RouteName, Step] = {
            "follow_up": self._follow_up_step,
            "unresolved": self._unresolved,
            "secretaries": self._secretaries,
            "next_summit": self._next_summit,
            "members_at_date": self._members_at_date,
            "summits": self._summits,
            "person": self._person,
            "body": self._body,
            "presidency_of": self._presidency_of,
            "state_office": self._state_office,
            "conflicts": self._conflicts,
            "country_conflict": self._country_conflict,
            "country": self._country,
            "organization": self._organization,
            "exercise": self._exercise,
            "exercises": self._exercises,
        }

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
        # "Does the organisation have observer status at the UN": the organization is the
        # subject, the other one only what it is asked about.
        explicit = explicit or points_at_organization(reading.corrected, vocabulary)
        if not words.isdisjoint(foreign) and not explicit:
            # Bodies are named by generic words ("secretary general"), so they don't count here.
            return all(self.catalog.kinds[i] in _GENERIC_KINDS for i in linked)
        if explicit or any(i != organization for i in linked) or self._names_a_summit(words):
            return False
        # "Can a country just quit whenever it wants": a rule the organization sets its members,
        # asked of a state in general, whatever the user's other words.
        if asks_rule(reading) and reading.has("rule_parties"):
            return False
        if words.isdisjoint(self._relevant):
            return True
        # Light verbs and particles ("making", "off" in "call off") carry no subject of their own.
        unknown = {
            w
            for w in words - vocabulary - STOPWORDS - _FUNCTION_WORDS
            if not (w.isdigit() or is_date_word(w) or _derived(w, vocabulary))
        }
        # An unknown word beside the domain's own words is the user's wording ("the very first
        # sec gen"); as many unknown words as the domain's own make it about something else.
        # Words of conflicts and drills count as the domain's own here ("the drill Bishkek
        # called off"); alone they still do not make a question ours ("who won world war 2").
        telling = words & (self.domain | CONFLICT_WORDS | self.finder.city_index.keys())
        return bool(unknown) and len(unknown) >= len(telling)

    def _names_a_summit(self, words: set[str]) -> bool:
        """'the main topic of the dushanbe summit': a summit word with a city or a year; or a
        session's city with its year ('astana nov 2024', 'at minsk in november 2017')."""
        if words.isdisjoint(SUMMIT_WORDS):
            return self.finder.held_in_city_that_year(words)
        return any(word in self.finder.city_index or word.isdigit() for word in words)

    def needs_context(self, reading: Reading) -> bool:
        """True when the question leans on the last one: 'and Georgia?', 'why?', 'who hosted it'."""
        if points_back(reading):
            return True
        own = [i for i in reading.ids() if self.catalog.kinds[i] != "organization"]
        complete = not self._speaks_of.isdisjoint(_posts_said(reading.corrected)) or bool(own)
        return not complete and len(reading.content) <= 3

    def refers_back(self, reading: Reading) -> bool:
        """A pronoun or a bare relation ('since when?'): nothing to answer without a subject."""
        return points_back(reading) or reading.content <= _RELATION_ONLY

    def understand(
        self, reading: Reading, dates: list[PartialDate], memory: Topic | None
    ) -> Understanding:
        """Pick the subjects and intent by the route table, or the conversation's last topic."""
        question = self._parts(reading, dates, memory)
        for route in self.intents.table.routes_for(question.signals):
            found = self._steps[route](question, dates, memory)
            if found is not None:
                return self._at_time_in_play(reading, found, memory)
        return Understanding(Intent.ABSTAIN, [], dates, certainty=score.NOTHING)

    def _at_time_in_play(
        self, reading: Reading, found: Understanding, memory: Topic | None
    ) -> Understanding:
        """'And the joint staff chief?' after a question about 2022: an office holder (or the
        chair, or the members) asked by a leaning follow-up with no time of its own is asked at
        the time in play."""
        if found.dates or found.intent not in _TIME_BOUND or memory is None or not memory.date:
            return found
        if reading.has_any(_PRESENT):
            return found  # "and who has it now?": today, not the time in play
        if relative(reading) and any(i != self.catalog.organization.id for i in reading.ids()):
            return found  # "and before Kyrgyzstan?": the time is the one named, not in play
        words = reading.words
        leaning = bool(words) and (
            words[0] in _LEANING or tuple(words[:2]) in LEXICON.leaning_phrases
        )
        return replace(found, dates=[memory.date]) if leaning else found

    def _parts(self, reading: Reading, dates: list[PartialDate], memory: Topic | None) -> _Parts:
        """Sort the question's linked entities by kind, and gather its signals."""
        ids = reading.ids()
        kinds = {entity_id: self.catalog.kinds[entity_id] for entity_id in ids}
        named: set[str] = {kinds[i] for i in ids}
        own = self.intents.signals.of(reading)
        stand_in = self._state_by_city(reading, named, own)
        if stand_in is not None:
            ids, named = [*ids, stand_in], named | {"country"}
            kinds[stand_in] = "country"
        traits = self._traits(reading, ids, named, dates, memory)
        signals = own | traits
        return _Parts(
            reading=reading,
            people=[i for i in ids if kinds[i] == "person"],
            countries=[i for i in ids if kinds[i] == "country"],
            bodies=created_first(reading, [i for i in ids if kinds[i] == "body"]),
            signals=frozenset(signals),
        )

    def _state_by_city(
        self, reading: Reading, named: set[str], signals: frozenset[str]
    ) -> str | None:
        """ "Why did Tashkent pull back in 2012", "when did Yerevan freeze its participation": a
        city whose sessions one state hosted stands for that state when the question asks a
        membership step and names no state, person or session of its own."""
        if "membership_change" not in signals or named & {"country", "person", "summit"}:
            return None
        words = set(reading.corrected)
        if not SUMMIT_WORDS.isdisjoint(words) or self.finder.held_in_city_that_year(words):
            return None
        # Only a city that acts ("did Tashkent leave", "why Yerevan froze"): one after a
        # preposition or before a noun is a place ("signed in Tashkent", "the Tashkent signing").
        openers = {"", *_SUBJECT_OPENERS}
        said = reading.corrected
        states = {
            host
            for index, word in enumerate(said)
            if (host := self.finder.host_of_city(word))
            and (said[index - 1] if index else "") in openers
        }
        return states.pop() if len(states) == 1 else None

    def _traits(
        self,
        reading: Reading,
        ids: list[str],
        named: set[str],
        dates: list[PartialDate],
        memory: Topic | None,
    ) -> set[str]:
        """The whole-question signals the route table uses (see the top of intents.yaml)."""
        words = set(reading.corrected)
        organization = self.catalog.organization.id in ids
        focus = memory.entities[0] if memory is not None and memory.entities else ""
        in_play = self.catalog.kinds.get(focus)
        # "Minsk 2017" names that session; with a person named it asks what they did there, and
        # with a word of conflicts the place and year may be a conflict's ("Yerevan begged for
        # help in 2022").
        session = (
            "person" not in named
            and CONFLICT_WORDS.isdisjoint(words)
            and self.finder.held_in_city_that_year(words)
        )
        traits = {
            "dated": bool(dates),
            "memory": memory is not None,
            "leans_back": memory is not None
            and (self.needs_context(reading) or self._event_named(reading, memory, ids)),
            "summit_in_play": in_play == "summit",
            "conflict_in_play": in_play == "conflict",
            "own_subject": not named.isdisjoint(_OWN_KINDS),
            "names_something": organization or not self._speaks_of.isdisjoint(words),
            "names_city": not _cities_as_places(reading, self.catalog).isdisjoint(
                self.finder.city_index
            ),
            "names_session": session,
            "wants_summit": "summit" in named or not SUMMIT_WORDS.isdisjoint(words) or session,
            "wants_conflict": "conflict" in named or not CONFLICT_WORDS.isdisjoint(words),
            "picks_by_place": picks_by_place(reading.corrected),
            "list_in_play": memory is not None and bool(memory.group or memory.lines),
            "asks_rule": asks_rule(reading),
            "state_as_place": self._state_as_place(reading),
            "state_office": self.state_offices.asked(reading) is not None
            or self.state_offices.led(reading) is not None,
        }
        traits.update((signal, kind in named) for kind, signal in _NAMES_KIND.items())
        return {name for name, on in traits.items() if on}

    def _state_as_place(self, reading: Reading) -> bool:
        """Every state named is a place, right after "in", "into", "out of" ("what happened in
        Kazakhstan", "when did they pull out of Kazakhstan"): where something happened, not a
        member taking a step."""
        states = [m for m in reading.mentions if self.catalog.kinds.get(m.entity_id) == "country"]
        said = reading.corrected
        return bool(states) and all(
            m.start > 0 and said[m.start - 1] in _PLACE_PREPOSITIONS for m in states
        )

    def _intent(self, kind: str, question: _Parts, dates: list[PartialDate]) -> Intent:
        return self.intents.table.pick(kind, question.signals, bool(dates))

    def _follow_up_step(
        self, question: _Parts, dates: list[PartialDate], memory: Topic | None
    ) -> Understanding | None:
        if memory is None or self._of_other_states(question.reading, memory):
            return None
        return self._follow_up(question.reading, dates, memory)

    def _of_other_states(self, reading: Reading, memory: Topic) -> bool:
        """ "And who joined the next year?" with a state in play asks which states, not it."""
        if not memory.entities or not _asks_which_states_stepped(reading):
            return False
        return self.catalog.kinds.get(self._focus(reading, memory)[0]) == "country"

    def _unresolved(self, _: _Parts, dates: list[PartialDate], __: Topic | None) -> Understanding:
        return Understanding(Intent.UNRESOLVED, [], dates, certainty=score.NOTHING)

    def _secretaries(
        self, question: _Parts, dates: list[PartialDate], memory: Topic | None
    ) -> Understanding:
        org = self.catalog.organization.id
        acts = question.signals >= _ACTS and "who" not in question.signals
        holder = self._holder_at(dates[0] if dates else self._event_date(memory)) if acts else None
        if holder is not None and not question.people:
            # "What did the secretary general do in the 2022 round": what the holder then did.
            return Understanding(Intent.PERSON_STATEMENTS, [holder], dates)
        return Understanding(Intent.ORG_SECRETARIES, [*question.people[:1], org], dates)

    def _event_date(self, memory: Topic | None) -> PartialDate | None:
        """The start of the summit or conflict in play, if any."""
        for event in memory.events[:1] if memory is not None else ():
            entity = self.catalog.entities.get(event)
            date = getattr(entity, "date", None) or getattr(entity, "start", None)
            if isinstance(date, PartialDate):
                return date
        return None

    def _holder_at(self, date: PartialDate | None) -> str | None:
        """Who held the chief's office (a full term, not acting) on the date's first day."""
        if date is None:
            return None
        day = date.first_day
        for body in self.catalog.bodies():
            for term in body.office_holders:
                if self.org.chief.isdisjoint(tokens(term.title)) or term.acting:
                    continue
                start = term.start.first_day if term.start else None
                end = term.end.last_day if term.end else None
                if (start is None or start <= day) and (end is None or day <= end):
                    return term.person
        return None

    def _next_summit(self, _: _Parts, dates: list[PartialDate], __: Topic | None) -> Understanding:
        return Understanding(Intent.SUMMIT_NEXT, [self.catalog.organization.id], dates)

    def _members_at_date(
        self, _: _Parts, dates: list[PartialDate], __: Topic | None
    ) -> Understanding:
        return Understanding(Intent.MEMBER_AT_DATE, [self.catalog.organization.id], dates)

    def _summits(
        self, question: _Parts, dates: list[PartialDate], _: Topic | None
    ) -> Understanding | None:
        """The summit or summits meant: one, a list, or a question back when several fit."""
        reading, signals, people = question.reading, question.signals, question.people
        where_when = not signals.isdisjoint(_WHEN_WHERE) and "session" not in signals
        plural = "summits_plural" in signals or ("count" in signals and not dates)
        unnamed = self._summit_not_named(question, dates, plural)
        if unnamed is not None:
            return unnamed.understanding
        summits = self.finder.summits_meant(reading, dates, pick_one=not where_when)
        # "Every time Dushanbe hosted the leaders": the leaders hosted, not one summit, are asked.
        plural = plural or (signals >= _HOSTED_LEADERS and "summit" not in signals)
        # "Has Uzbekistan attended any meeting since 2013": a span's edge is no session's date;
        # any session inside the span is asked, unless one is named ("the meeting right after
        # the summit" is its neighbour).
        named = any(self.catalog.kinds.get(i) == "summit" for i in reading.ids())
        anyone = reading.has_any(_ANY) and bool(dates) and not named
        plural = plural or (anyone and _only_edges(reading, dates))
        several = len(summits) > 1
        if several and people:
            return Understanding(self._intent("person", question, dates), people[:1], dates)
        # "Who did they pick at the Bishkek summit": a list of sessions names no one; which of
        # them is meant is asked back instead.
        listed = (
            several and not (signals >= _ASKS_WHO) and (where_when or "one_summit" not in signals)
        )
        if plural or listed:
            return Understanding(Intent.SUMMIT_LIST, summits, dates)
        if several:
            return self._one_of_several(question, summits, dates)
        if not summits:
            return None
        return Understanding(self._intent("summit", question, dates), summits, dates)

    def _one_of_several(
        self, question: _Parts, summits: list[str], dates: list[PartialDate]
    ) -> Understanding:
        """Several sessions fit one asked about: a question back (answered for each candidate in
        brief when each can answer); one, when only one of them is what a "summit" means."""
        asked = self._intent("summit", question, dates)
        summits = self.finder.called_summits(summits, set(question.reading.corrected))
        if len(summits) == 1:
            return Understanding(asked, summits, dates)
        return Understanding(
            Intent.CLARIFY, [], dates, candidates=summits, certainty=score.ASKS_BACK, asked=asked
        )

    def _summit_not_named(
        self, question: _Parts, dates: list[PartialDate], plural: bool
    ) -> _Found | None:
        """A session the question points at by neither name, city nor its own date: the first in
        a span, the one of a membership step; or none, when only 'first' would pick it."""
        reading = question.reading
        ends = bool(set(reading.corrected) & (EARLIEST | LATEST))
        # "The first fully in-person summit since November 2019": a span's edge is not the
        # session's date, and which one came first in it is for the facts to say.
        if ends and dates and not plural and set(dates) <= set(span_edges(reading.corrected)):
            return _Found(self._first_in_span(question, dates))
        stepped = self._summit_of_step(question, dates)
        if stepped is not None:
            return _Found(stepped)
        if ends and not dates and self._by_order_only(reading):
            # "The first fully in-person summit after covid": words of its own that no session's
            # record holds; the first session of all would be a guess, the facts may say it.
            return _Found(Understanding(Intent.FACTS_SEARCH, [], dates))
        return None

    def _by_order_only(self, reading: Reading) -> bool:
        """Nothing but 'first'/'last' would pick the session, beside words the lexicon and the
        names do not know."""
        named = any(self.catalog.kinds.get(i) == "summit" for i in reading.ids())
        cities = any(word in self.finder.city_index for word in reading.corrected)
        return not named and not cities and bool(self._unknown_words(reading))

    def _unknown_words(self, reading: Reading) -> set[str]:
        """Content words neither the lexicon nor a name knows, nor a date."""
        known = _LEXICON_WORDS | self.org.names | reading.named_words()
        return {w for w in reading.content - known if not is_date_word(w)}

    def _first_in_span(self, question: _Parts, dates: list[PartialDate]) -> Understanding | None:
        """'The first summit after 2015': the first (or last) regular session inside the span,
        past its edge. A question with words of its own ("fully in-person") is left to the facts."""
        reading = question.reading
        span = read_span(reading.corrected)
        words = set(reading.corrected)
        own = self._unknown_words(reading)
        first, last = bool(words & EARLIEST), bool(words & LATEST)
        if span is None or own or not (first or last):
            return None
        edges = span_edges(reading.corrected)
        inside = [
            s
            for s in self.catalog.summits()
            if span.admits(s.date)
            and s.kind in REGULAR_SUMMIT_KINDS
            and not any(edge.first_day <= s.date.first_day <= edge.last_day for edge in edges)
        ]
        picked = first_or_last(inside, first, last)
        if not picked:
            return None
        return Understanding(self._intent("summit", question, dates), [picked[0].id], dates)

    def _summit_of_step(self, question: _Parts, dates: list[PartialDate]) -> Understanding | None:
        """'At which summit did Uzbekistan come back': the one session whose facts say the
        named state took the membership step asked; its record and facts answer."""
        signals = question.signals
        if "membership_change" not in signals or "which" not in signals or dates:
            return None
        # "At which summit did Tashkent announce its comeback": a city whose sessions one state
        # hosted stands for that state, as the one taking the step.
        states = question.countries or [
            host
            for word in question.reading.corrected
            if (host := self.finder.host_of_city(word)) is not None
        ]
        if len(set(states)) != 1:
            return None
        found = self.finder.summits_of_step(question.reading, states[0])
        if len(found) != 1:
            return None
        return Understanding(Intent.SUMMIT_OVERVIEW, found, dates)

    def _person(self, question: _Parts, dates: list[PartialDate], _: Topic | None) -> Understanding:
        intent = self._intent("person", question, dates)
        return Understanding(intent, question.people[:1], dates)

    def _body(self, question: _Parts, dates: list[PartialDate], _: Topic | None) -> Understanding:
        return Understanding(self._intent("body", question, dates), question.bodies[:1], dates)

    def _presidency_of(
        self, question: _Parts, dates: list[PartialDate], _: Topic | None
    ) -> Understanding:
        organization = self.catalog.organization.id
        if not dates and question.signals >= _CHAIR_AT_EVENT:
            # "Who announced the Kazakhstan deployment as council chair": the chair at the time
            # of the event the question names, when the states named are only its sides (its
            # place), not a state taking the chair.
            events = self.finder.conflicts_meant(question.reading, dates)
            event = self.catalog.entities.get(events[0]) if len(events) == 1 else None
            if isinstance(event, Conflict) and set(question.countries) <= set(event.parties[:2]):
                return Understanding(Intent.ORG_PRESIDENCY, [organization], [event.start])
        return Understanding(Intent.ORG_PRESIDENCY, [organization, *question.countries], dates)

    def _state_office(
        self, question: _Parts, dates: list[PartialDate], _: Topic | None
    ) -> Understanding | None:
        """'Who was Kazakhstan's president in 2022', 'who led Armenia in 2021': the one person the
        records show in that state's post (or its leading posts) then, now without a date; none
        or several known (a president and a prime minister), no guess."""
        office = self.state_offices.asked(question.reading)
        if office is not None:
            holders = self.state_offices.holders(office, dates[0] if dates else None)
        else:
            state = self.state_offices.led(question.reading)
            if state is None:
                return None
            if not dates and not question.reading.has_any(_PRESENT | _NOW_TENSE):
                # "Who led Armenia during the war": a time not placed is no licence for today.
                return Understanding(Intent.UNRESOLVED, [], dates, certainty=score.NOTHING)
            holders = self.state_offices.leaders(state, dates[0] if dates else None)
        if len({held.person for held in holders}) != 1:
            return Understanding(Intent.UNRESOLVED, [], dates, certainty=score.NOTHING)
        return Understanding(Intent.PERSON_ROLES, [holders[0].person], dates)

    def _conflicts(
        self, question: _Parts, dates: list[PartialDate], _: Topic | None
    ) -> Understanding | None:
        conflicts = self.finder.conflicts_meant(question.reading, dates)
        if len(conflicts) > 1:
            # "When did Kyrgyzstan and Tajikistan clash": each round answered in brief when
            # each can be, else the question back.
            asked = self._intent("conflict", question, dates)
            return Understanding(
                Intent.CLARIFY,
                [],
                dates,
                candidates=conflicts,
                certainty=score.ASKS_BACK,
                asked=asked,
            )
        if conflicts:
            return Understanding(self._intent("conflict", question, dates), conflicts, dates)
        return None

    def _country_conflict(
        self, question: _Parts, dates: list[PartialDate], _: Topic | None
    ) -> Understanding | None:
        """'Russia in 2022': the one conflict a country and a year point to."""
        conflicts = self.finder.conflicts_meant(question.reading, dates)
        if len(conflicts) != 1:
            return None
        if not dates:  # "what happened in Kazakhstan": the conflict there, asked as any other
            return Understanding(self._intent("conflict", question, dates), conflicts, dates)
        role = "role" in question.signals
        return Understanding(
            Intent.CONFLICT_ROLE if role else Intent.CONFLICT_YEAR, conflicts, dates
        )

    def _country(
        self, question: _Parts, dates: list[PartialDate], memory: Topic | None
    ) -> Understanding:
        """A country's membership; "and Georgia?" asks the last membership question anew."""
        present = self._present_at_session(question, dates, memory)
        if present is not None:
            return present
        intent = self._intent("country", question, dates)
        leaning = memory is not None and points_back(question.reading)
        if leaning and memory is not None and "asks_something" not in question.signals:
            kept = self._kept_for_state(question, dates, memory)
            carried = self._relation_of_another(question, dates, memory) if kept is None else None
            if carried is not None:
                return carried
            intent = kept or intent
        return Understanding(intent, question.countries, dates)

    def _present_at_session(
        self, question: _Parts, dates: list[PartialDate], memory: Topic | None
    ) -> Understanding | None:
        """'Was Uzbekistan there?' with a summit in play: the state's presence at that summit
        (its attendance), not the last question asked anew of the state."""
        if memory is None or dates or len(question.countries) != 1:
            return None
        if not question.reading.has_any(_AT_EVENT):
            return None
        summits = [e for e in memory.entities[:1] if self.catalog.kinds.get(e) == _SUMMIT]
        summits = summits or [e for e in memory.events[:1] if self.catalog.kinds.get(e) == _SUMMIT]
        if not summits or not self._spoken_of_at(question.countries[0], summits[0]):
            return None  # the summit's facts say nothing of the state: no presence to tell
        return Understanding(
            Intent.SUMMIT_ATTENDANCE,
            summits[:1],  # the state named is read from the question, as "did it attend" is
            dates,
            certainty=score.FOLLOW_UP,
            from_memory=True,
        )

    def _spoken_of_at(self, state: str, summit: str) -> bool:
        """Some fact of the summit names the state (by its name or a word of it)."""
        names = {word for word in name_words(self.catalog, state) if len(word) > _SHORT_NAME}
        return any(names & set(tokens(found.fact.text)) for found in self.catalog.related(summit))

    def _relation_of_another(
        self, question: _Parts, dates: list[PartialDate], memory: Topic
    ) -> Understanding | None:
        """'What about Belarus?' after who signed the force's agreement: the last question's own
        words asked of the state, not its membership, when that question asked something of a
        thing that is no state (a relation a state's records lack); the thing stays a subject."""
        if dates or "only_names" not in question.signals or not memory.words:
            return None
        if len(question.countries) != 1 or not memory.entities:
            return None
        thing = memory.entities[0]
        if self.catalog.kinds.get(thing) in {"country", "organization"}:
            return None
        return Understanding(
            Intent.FACTS_SEARCH,
            question.countries[:1],
            dates,
            certainty=score.FOLLOW_UP,
            from_memory=True,
            carried=memory.words,
        )

    def _kept_for_state(
        self, question: _Parts, dates: list[PartialDate], memory: Topic
    ) -> Intent | None:
        """'And Georgia?' asks the last question anew of another state. The last asked of a
        summit ("who signed it" of the treaty's signing) is asked of the state by the words it
        carried ("signed": when the state signed), not by its intent, which a state lacks."""
        kept = memory.intent
        if not self.intents.belongs("country", kept):
            return None
        if self.intents.offers("country", kept) or not memory.words:
            return kept
        carried = self.intents.signals.of(self.linker.read(" ".join(memory.words)))
        table = self.intents.table
        found = table.pick("country", question.signals | carried, bool(dates))
        # Words that ask nothing of a state ("missed") leave the summit's question, unanswered.
        return kept if found == table.pick("country", question.signals, bool(dates)) else found

    def _exercise(
        self, question: _Parts, dates: list[PartialDate], _: Topic | None
    ) -> Understanding:
        named = [i for i in question.reading.ids() if self.catalog.kinds[i] == "exercise"]
        return Understanding(self._intent("exercise", question, dates), named[:1], dates)

    def _exercises(self, _: _Parts, dates: list[PartialDate], __: Topic | None) -> Understanding:
        """ "What exercises were held in 2016": the records of the dates, or all of them."""
        return Understanding(Intent.EXERCISE_LIST, [], dates)

    def _organization(
        self, question: _Parts, dates: list[PartialDate], _: Topic | None
    ) -> Understanding | None:
        """The organization itself, when the question asks about it or speaks of its domain."""
        general = self._intent("organization", question, dates)
        org = self.catalog.organization.id
        # "Could Kazakhstan host a Chinese base": a rule asked is the organization's own.
        if general != Intent.FACTS_SEARCH or {"names_something", "asks_rule"} & question.signals:
            return Understanding(general, [org], dates)
        return None

    def _follow_up(
        self, reading: Reading, dates: list[PartialDate], memory: Topic
    ) -> Understanding | None:
        """Resolve 'when did it leave?', 'what about 2022?', 'why was he absent?'."""
        if not memory.entities:
            return None
        focus, people = self._focus(reading, memory)
        kind = self.catalog.kinds.get(focus, "")
        cued = reading.has("asks_something")
        early = (
            self._founding_place(reading, memory)
            or self._office_or_duration(reading, dates, memory, focus)
            or self._sessions_counted(reading, dates, memory, focus)
            or self._post_in_play(reading, dates, memory, people)
        )
        if early is not None or (cued and self._summit_of_another_time(focus, dates)):
            return early
        # "And in 2019?", "who replaced him?": the office again; "what country is he from?" asks
        # of the holder just named, not of the office (which, undated, would be today's holder).
        of_holder = reading.has_any(_PERSONAL) and bool(people)
        # "Which of them were Russians?" after the holders: the list narrowed by origin.
        by_origin = picks_from_group(reading) and any(
            self.catalog.kinds.get(i) == "country" for i in reading.ids()
        )
        if memory.intent == Intent.ORG_SECRETARIES and (
            relative(reading) or dates or by_origin or not (cued or of_holder)
        ):
            # "And in 2020?" asks another time's holder: the one just named is no longer the
            # person in play ("where is he from" next asks of the holder then).
            kept = people[:1] if not (dates or by_origin) else []
            subjects = [*kept, self.catalog.organization.id]
            return Understanding(
                Intent.ORG_SECRETARIES, subjects, dates, certainty=score.FOLLOW_UP, from_memory=True
            )
        intent = self.intents.intent_for(kind, reading, dates) if cued else memory.intent
        if memory.intent in _HOLDER_INTENTS and _asks_holder_of_it(reading):
            # "And who has it now?" after the chair in 2025: "it" is the post in play, not the
            # organization; asked with "now" (or a year), of that time.
            return Understanding(
                memory.intent, [focus], dates, certainty=score.FOLLOW_UP, from_memory=True
            )
        # "Since when?" after facts, or after the organization's lists ("does it have any
        # observers"): the facts just given, asked anew; the organization's own records (its
        # founding) are not what the list was about.
        listed = kind == "organization" and memory.intent.value.startswith("member.")
        # "When were they gone" says an act ("gone": a withdrawal), not the fact just given.
        # "For how long?" after a fact stating a length ("for 5 years") asks it again, as "since
        # when?" asks a fact's date; of a fact stating none, the subject's own span is asked.
        length = asks_duration(reading) and self._length_in_play(memory)
        asked = reading.content - (_LONG if length else frozenset())
        # "Why?" after a fact that says why ("refused ... because they contained no
        # condemnation") asks that fact again, whatever record the answer came from.
        reasons = _reasons_in_play(memory) if reading.has_any(_REASON) else ()
        reason = bool(reasons)
        given = memory.intent == Intent.FACTS_SEARCH or (listed and bool(memory.said)) or reason
        bare = given and (asked <= _RELATION_ONLY and not predicate_acts(reading.corrected))
        if bare:
            intent = Intent.FACTS_SEARCH  # "since when?" after facts: the same facts, anew
        elif not self.intents.belongs(kind, intent):
            intent = self.intents.intent_for(kind, reading, dates)
            # "Who got it eventually" after facts about a session and a post it left open: an
            # overview of the session names no one; the facts in play are searched again.
            intent = (
                Intent.FACTS_SEARCH if _who_of_the_facts(reading, intent, memory, kind) else intent
            )
        subjects = [focus]
        if dates and cued and kind == "conflict":
            # "The earlier round in 2021 - when did that start": the same parties' conflict then,
            # when the one in play did not run at that date.
            subjects = self.finder.sibling_conflicts(focus, dates) or subjects
        if dates and not cued:
            # "what about 2022?": the same question about another date.
            found = self._dated_again(kind, focus, reading, dates, memory)
            if found is None:
                return Understanding(Intent.SUMMIT_LIST, [], dates, from_memory=True)
            intent, subjects = found[0] or intent, found[1]
        # The last question's words carry on into a search, not into a new relation asked of
        # the subject's records ("what was signed there" asks the summit's decisions).
        party = focus == self._named_in_play(reading, memory) and bool(memory.words)
        if party:
            # "How did Moscow react", "where did the PM say that": a party to the facts just
            # given, asked about them; their words find its part in them. It is a step aside:
            # what was in play stays in play ("did they turn up" is still Armenia).
            intent = Intent.FACTS_SEARCH
        anew = cued and intent not in {Intent.FACTS_SEARCH, memory.intent}
        carried = (
            memory.words if Intent.FACTS_SEARCH in {memory.intent, intent} and not anew else ()
        )
        certainty = score.FOLLOW_UP
        refound = False
        facts = (reasons or facts_in_play(memory.said, memory.words)) if bare else ()
        if facts and intent == Intent.FACTS_SEARCH and (reason or not reading.has_any(_REASON)):
            # "And what year?" asks the fact just given: its own words find it again. Of several
            # saying what was asked as well, the words they share find each again, each with
            # its date: picking one would be a guess.
            carried = tuple(dict.fromkeys((*shared_words(facts), *carried)))
            certainty = score.FACT_IN_PLAY
        elif _may_refind(intent, memory) and not reading.has_any(_REASON):
            searched = Intent.FACTS_SEARCH in {intent, memory.intent}
            refind = _said_asked_of if searched else _said_instead_of_overview
            refound, carried = refind(reading, dates, memory, carried)
            intent = Intent.FACTS_SEARCH if refound else intent
        return Understanding(
            intent,
            subjects,
            dates,
            certainty=certainty,
            from_memory=True,
            carried=carried,
            refound=refound or certainty == score.FACT_IN_PLAY,
            aside=party,
        )

    def _founding_place(self, reading: Reading, memory: Topic) -> Understanding | None:
        """ "And where?" alone after when a founding document was signed: where that signing
        took place, not where the organization has its seat."""
        if memory.intent != Intent.ORG_FOUNDED or not reading.has("where"):
            return None
        if not reading.content <= _RELATION_ONLY:
            return None
        kinds = self.catalog.kinds
        event = next((e for e in memory.entities if kinds.get(e) == _SUMMIT), None)
        if event is None:
            return None
        return Understanding(
            Intent.SUMMIT_WHEN_WHERE, [event], [], certainty=score.FOLLOW_UP, from_memory=True
        )

    def _sessions_counted(
        self, reading: Reading, dates: list[PartialDate], memory: Topic, focus: str
    ) -> Understanding | None:
        """'So how many has it skipped in total?' after the summits a state skipped: the
        sessions it skipped (or attended) counted, though the question names no summit."""
        if not reading.has_any(_COUNT) or not reading.has_any(_SESSION_ACTS) or reading.ids():
            return None
        state = self.catalog.kinds.get(focus) == "country"
        if not state or not self.intents.belongs(_SUMMIT, memory.intent):
            return None
        return Understanding(
            Intent.SUMMIT_LIST, [focus], dates, certainty=score.FOLLOW_UP, from_memory=True
        )

    @staticmethod
    def _length_in_play(memory: Topic) -> bool:
        """The facts just given that say most of what was asked all state a length."""
        facts = facts_in_play(memory.said, memory.words)
        return bool(facts) and all(states_length(text) for text in facts)

    def _summit_of_another_time(self, focus: str, dates: list[PartialDate]) -> bool:
        """'And who joined in 1993' after the 1992 signing asks of another time, not of it."""
        summit = self.catalog.kinds.get(focus) == _SUMMIT
        return summit and bool(dates) and not held_at(self.catalog, focus, dates[0])

    def _office_or_duration(
        self, reading: Reading, dates: list[PartialDate], memory: Topic, focus: str
    ) -> Understanding | None:
        """'And the SG?' after the chair at a time: the Secretary General at that time; 'and how
        long did that last' after a return: the membership step that ended it."""
        leader = self._state_leader(reading, dates, memory, focus)
        if leader is not None:
            return leader
        named_office = "secretary" in self.intents.signals.of(reading)
        if named_office and points_back(reading) and set(reading.corrected) <= self._office_only:
            when = dates or ([memory.date] if memory.date else [])
            org = self.catalog.organization.id
            return Understanding(
                Intent.ORG_SECRETARIES, [org], when, certainty=score.FOLLOW_UP, from_memory=True
            )
        ending = (
            step_ending(self.catalog, focus, memory.intent, memory.words)
            if asks_duration(reading) or asks_step_end(reading)
            else None
        )
        if ending is None:
            return None
        return Understanding(ending, [focus], dates, certainty=score.FOLLOW_UP, from_memory=True)

    def _state_leader(
        self, reading: Reading, dates: list[PartialDate], memory: Topic, focus: str
    ) -> Understanding | None:
        """'Who was leading the country then': the one person in the state's leading post at the
        time asked (the time in play); none or several recorded (a president and a prime
        minister), or no time known, no guess."""
        if self.catalog.kinds.get(focus) != "country" or reading.ids():
            return None
        if not (set(reading.corrected) >= _ASKS_WHO and reading.has_any(_LEADS)):
            return None
        if not reading.has_any(_THE_STATE | _NEUTER):
            return None  # "who led the delegation": no leader of the state asked
        # "Who was leading that country" after a session: the time of the session in play.
        dates = dates or self._time_in_play(memory)
        if reading.has_any(_PRESENT) or not dates:
            return None  # today's leader, or a time not known: asked as any other question
        holders = self.state_offices.leaders(focus, dates[0])
        if len({held.person for held in holders}) != 1:
            return Understanding(Intent.UNRESOLVED, [], dates, certainty=score.NOTHING)
        return Understanding(
            Intent.PERSON_ROLES,
            [holders[0].person],
            dates,
            certainty=score.FOLLOW_UP,
            from_memory=True,
        )

    def _time_in_play(self, memory: Topic) -> list[PartialDate]:
        """The time a conversation is at: the date in play, else the date of its one session."""
        if memory.date is not None:
            return [memory.date]
        summits = [self.catalog.entities.get(e) for e in memory.events]
        dated = [s.date for s in summits if isinstance(s, Summit)]
        return dated[:1] if len(dated) == 1 else []

    def _post_in_play(
        self, reading: Reading, dates: list[PartialDate], memory: Topic, people: list[str]
    ) -> Understanding | None:
        """'And who has the job now?' after who replaced whom: the post the step was in, at the
        time asked, not the roles of the holder just named."""
        if memory.intent != Intent.OFFICE_SUCCESSION or not _asks_holder_of_post(reading, dates):
            return None
        return self._post_holder(people, dates)

    def _post_holder(self, people: list[str], dates: list[PartialDate]) -> Understanding | None:
        """The holder at the dates (now, undated) of the post the people in play held in turn:
        the chief's office is the organization's Secretaries General, another body's its own
        leadership; None when they held no post of one body in common."""
        bodies = [
            body
            for body in self.catalog.bodies()
            if people and all(body.id in self._bodies_served(person) for person in people)
        ]
        if len(bodies) != 1:
            return None
        body = bodies[0]
        chief = any(not self.org.chief.isdisjoint(tokens(h.title)) for h in body.office_holders)
        intent, subject = (
            (Intent.ORG_SECRETARIES, self.catalog.organization.id)
            if chief
            else (Intent.BODY_LEADERSHIP, body.id)
        )
        return Understanding(intent, [subject], dates, certainty=score.FOLLOW_UP, from_memory=True)

    def _session_decided_there(self, reading: Reading, memory: Topic, personal: bool) -> str | None:
        """'What was decided there?' after a state and the summit it chaired: "there" is where
        decisions are taken, the one summit in play (at the time in play, if one is); a state,
        or the organization, is no place of a decision. None when no such summit, or several."""
        first = memory.entities[0]
        if personal or self.catalog.kinds.get(first) not in _DECIDES_NOTHING_THERE:
            return None
        if not (reading.has_any(_AT_EVENT) and reading.has("decision")):
            return None
        summits = [e for e in memory.events if self.catalog.kinds.get(e) == _SUMMIT]
        if memory.date is not None:
            summits = [e for e in summits if held_at(self.catalog, e, memory.date)]
        return summits[0] if len(summits) == 1 else None

    def _bodies_served(self, person: str) -> set[str]:
        """The bodies the person held a post in: as a listed office holder, or by a role."""
        held = {
            b.id for b in self.catalog.bodies() if any(h.person == person for h in b.office_holders)
        }
        roles = getattr(self.catalog.entities.get(person), "roles", ())
        return held | {role.body for role in roles if role.body}

    def _focus(self, reading: Reading, memory: Topic) -> tuple[str, list[str]]:
        """Which of the last subjects a follow-up is about ("he" means a person), and the people."""
        personal = not set(reading.words).isdisjoint(PERSONAL_PRONOUNS)
        people = [e for e in memory.entities if self.catalog.kinds.get(e) == "person"]
        in_play = tuple(dict.fromkeys((*memory.entities, *memory.events)))
        pointed = (
            self._pointed_at(reading, in_play)
            or self._state_pointed_at(reading, memory)
            or self._named_in_play(reading, memory)
            or self._event_of_it(reading, memory)
            or self._event_named(reading, memory, reading.ids())
        )
        if pointed is not None:
            return pointed, people
        if reading.has_any(_THING) and self._pair_in_play(memory) and memory.events:
            # "Did the CSTO do anything about it" after what happened between two states: "it"
            # is no pair of states, but the event in play between them.
            return memory.events[0], people
        others = [e for e in memory.entities if self.catalog.kinds.get(e) != "person"]
        if self._term_of_holder(reading, people, others):
            return people[0], people
        asked_of_person = self.catalog.kinds.get(memory.entities[0]) == "person"
        if asked_of_person and not personal and memory.events and reading.has_any(_AT_EVENT):
            # "What did they set up there" after a person at a summit: no "he", but "there".
            return memory.events[0], people
        session = self._session_decided_there(reading, memory, personal)
        if session is not None:
            return session, people
        if personal and len(people) > 1 and not asked_of_person:
            # "why did he refuse to sign" after a summit: the one its facts speak of. After a
            # question about a person, "he" is still that person, not one his facts mention.
            people = self.finder.best_matching(people, reading)
        if self._they_are_a_state(reading, others):
            # "Why did they want out" after a session that suspended a state: that state (the
            # session's facts shown as lines are no list the state is picked from).
            states = [e for e in others if self.catalog.kinds.get(e) == "country"]
            others = [states[0], *(e for e in others if e != states[0])]
        elif not personal and len(others) > 1 and (memory.group or memory.lines):
            others = self._in_play(others, reading)  # a list was given: pick among its items
        elif self._past_event_now(reading, others):
            # "Who heads it now" after a session that set a body up: a past session is nothing
            # that is anything now; the body (or state) it spoke of is.
            lasting = [e for e in others if self.catalog.kinds.get(e) not in _EVENT_KINDS]
            others = [*lasting[:1], *(e for e in others if e not in lasting[:1])]
        elif _it_does(reading, _STATE_ACTS):
            # "when did it join" after a summit: "it" is the state in play, not the summit;
            # "how many has it skipped" too, but only a state in play skips (not the host).
            states = [e for e in others if self.catalog.kinds.get(e) == "country"]
            host = getattr(self.catalog.entities.get(others[0] if others else ""), "host", None)
            host = host if _it_does(reading, _STATE_MEMBERSHIP) else None
            states = states or ([host] if isinstance(host, str) else [])
            others = [*states[:1], *(e for e in others if e not in states[:1])]
        term = reading.has_any(_TERM_ENDS)
        if not personal and not others and people and reading.has_any(_NEUTER) and not term:
            # "And its observers?" after a person: "it" is no person, but the body they serve.
            others = self._bodies_of(people[0])
        return (people if personal and people else others or people)[0], people

    def _term_of_holder(self, reading: Reading, people: list[str], others: list[str]) -> bool:
        """'When did that term end' after the one holder a post was given to: the term is his,
        not the body's or the session's. A state in play may hold a term too (the rotating
        chair), so then nothing is presumed."""
        if len(people) != 1 or not reading.has_any(_TERM_NOUNS):
            return False
        return all(self.catalog.kinds.get(e) != "country" for e in others)

    def _past_event_now(self, reading: Reading, others: list[str]) -> bool:
        """The question asks of the present ("now") through "it", and the subject in play is a
        summit, or a conflict that has ended, with something lasting in play behind it."""
        if not others or not reading.has_any(_PRESENT) or not reading.has_any(_NEUTER):
            return False
        kind = self.catalog.kinds.get(others[0])
        entity = self.catalog.entities.get(others[0])
        over = kind == _SUMMIT or (kind == "conflict" and getattr(entity, "end", None) is not None)
        lasting = any(self.catalog.kinds.get(e) not in _EVENT_KINDS for e in others[1:])
        return over and lasting

    def _pair_in_play(self, memory: Topic) -> bool:
        """The last question was about two or more states at once ("between Kyrgyzstan and
        Tajikistan"): they lead the subjects, as the list in play."""
        group = memory.group
        states = all(self.catalog.kinds.get(e) == "country" for e in group)
        return len(group) > 1 and states and memory.entities[: len(group)] == group

    def _named_in_play(self, reading: Reading, memory: Topic) -> str | None:
        """'How did Moscow react', 'where did the PM say that': the one state in play named by
        the city whose sessions it hosted, or the one person in play named by their post."""
        event = self.catalog.kinds.get(memory.entities[0]) in _EVENT_KINDS
        if reading.ids() or (event and reading.has_any(_NEUTER)):
            return None  # "what did the SG do about it": "it" is still the event in play
        words = reading.corrected
        states = [s for s in {self.finder.host_of_city(word) for word in words} if s]
        summit_in_play = self.catalog.kinds.get(memory.entities[0]) == "summit"
        if len(states) == 1 and (
            states[0] in memory.entities or not (summit_in_play or reading.has("summit"))
        ):
            return states[0]  # with a summit in play or asked, the city is the session's
        # "Which president was absent" asks who held the post, it does not name the one in play.
        asked = {after for before, after in pairwise(words) if before in _PICKERS}
        said = {w for w in words if w not in asked}
        said |= {w for word in said for w in _POSTS.get(word, ())}
        named = [
            person
            for person in memory.entities
            if self.catalog.kinds.get(person) == "person"
            and any(post and post <= said for post in self._posts_of(person))
        ]
        return named[0] if len(named) == 1 else None

    def _posts_of(self, person_id: str) -> list[frozenset[str]]:
        """The words of each post the person held, less the names of states and the organization."""
        roles = getattr(self.catalog.entities.get(person_id), "roles", ())
        return [
            frozenset(w for w in tokens(role.title) if w not in STOPWORDS | self._state_words)
            for role in roles
        ]

    def _bodies_of(self, person_id: str) -> list[str]:
        """The bodies of the person's roles, the latest first."""
        person = self.catalog.entities.get(person_id)
        roles = getattr(person, "roles", ())
        return list(dict.fromkeys(r.body for r in reversed(roles) if r.body is not None))

    def _they_are_a_state(self, reading: Reading, others: list[str]) -> bool:
        """'They' after a summit, with a state in play and no word pointing at the summit
        ("there", "that meeting"): a summit is never "they", the state it was about is."""
        kinds = [self.catalog.kinds.get(e) for e in others]
        if not kinds or kinds[0] != "summit" or "country" not in kinds:
            return False
        words = set(reading.corrected)
        return bool(words & _PLURAL) and words.isdisjoint(_AT_EVENT | SUMMIT_WORDS)

    def _pointed_at(self, reading: Reading, in_play: tuple[str, ...]) -> str | None:
        """'That centre', 'this assembly', 'that meeting': the one subject (or event) in play a
        word after a demonstrative names (a word of its name, or a summit word), though the last
        answer was about something else."""
        # "That same summit", "this very meeting": the noun after the word that stresses it.
        words = tuple(word for word in reading.corrected if word not in _STRESSING)
        named = {
            words[index + 1]
            for index, word in enumerate(words[:-1])
            if word in _DEMONSTRATIVES and words[index + 1] not in STOPWORDS
        }
        if not named:
            return None
        org = set(tokens(self.catalog.name(self.catalog.organization.id)))
        found = [
            entity_id
            for entity_id in in_play
            if named & (name_words(self.catalog, entity_id) - org)
        ]
        if not found and not named.isdisjoint(SUMMIT_WORDS):
            # "That meeting": the summit in play, whatever its name calls it.
            found = [e for e in in_play if self.catalog.kinds.get(e) == "summit"]
        return found[0] if len(found) == 1 else None

    def _state_pointed_at(self, reading: Reading, memory: Topic) -> str | None:
        """'That country' after "which country took over the chair": the state the answer led
        with, not the session it was asked of. After a list, which state is meant is a guess."""
        words = reading.corrected
        pointed = any(
            word in _DEMONSTRATIVES and following in _THE_STATE
            for word, following in pairwise(words)
        )
        if not pointed or memory.group or memory.lines:
            return None
        states = [e for e in memory.entities if self.catalog.kinds.get(e) == "country"]
        return states[0] if states else None

    def _event_named(self, reading: Reading, memory: Topic, ids: list[str]) -> str | None:
        """'How many died in the unrest': a question naming nothing of its own but a word of a
        conflict in play's name (not the organization's, not a year) asks about it (the first
        such in play when several are)."""
        org = self.catalog.organization.id
        if any(entity_id != org for entity_id in ids) or reading.has_any(PERSONAL_PRONOUNS):
            return None  # "what job did he get in the mission" still asks of him
        org_words = name_words(self.catalog, org) | set(
            tokens(self.catalog.organization.abbreviation)
        )
        asked = {stem(w) for w in reading.content - org_words if not w.isdigit()}
        named = [
            event
            for event in memory.events
            if self.catalog.kinds.get(event) == "conflict"
            and asked & {stem(w) for w in name_words(self.catalog, event) - org_words - STOPWORDS}
        ]
        # Several named alike ("the clashes"): the one in play first, as the events are kept.
        return named[0] if named else None

    def _event_of_it(self, reading: Reading, memory: Topic) -> str | None:
        """'Where was it signed' after the Charter: while the organization is in play, 'it' done
        to something is the event in play whose name says the question's own words (the last
        question's words tell two such events apart, else the one the answer spoke of first)."""
        org = self.catalog.organization.id
        if memory.entities[0] != org or not reading.has_any(_THING) or not memory.events:
            return None
        own = frozenset(stem(word) for word in reading.content)
        before = frozenset(stem(word) for word in memory.words)
        org_words = stems(self.catalog.name(org))
        scores = {}
        for event in memory.events:
            name = frozenset(stem(w) for w in name_words(self.catalog, event)) - org_words
            if name & own:
                scores[event] = len(name & own) + len(name & before)
        if scores:
            return max(scores, key=lambda event: scores[event])
        # "What happened with the treaty in 1999" then "where was it signed": the one document
        # in play is what was signed.
        documents = [e for e in memory.events if self.finder.kind(e) == _DOCUMENT_KIND]
        signed = reading.has_any(_DOCUMENT_VERBS)
        return documents[0] if signed and len(documents) == 1 else None

    def _in_play(self, others: list[str], reading: Reading) -> list[str]:
        """After a list ("the four 2022 sessions"), the item whose facts the follow-up speaks of
        comes first; when the first item's facts speak of it as well, the first one stays."""
        kind = self.catalog.kinds.get(others[0])
        same = [e for e in others if self.catalog.kinds.get(e) == kind]
        if len(same) < 2:
            return others
        overlaps = {e: self.finder.overlap(e, reading) for e in same}
        best = max(same, key=lambda e: overlaps[e])  # the first of the best, on a tie
        if overlaps[best] < score.IN_PLAY_WORDS or overlaps[same[0]] == overlaps[best]:
            return others  # too little to tell them apart: keep the list's order
        return [best, *(e for e in others if e != best)]

    def _dated_again(
        self, kind: str, focus: str, reading: Reading, dates: list[PartialDate], memory: Topic
    ) -> tuple[Intent | None, list[str]] | None:
        """The intent (None: keep it) and subjects of the last question asked at another date;
        None when it was about a summit and no summit was held then."""
        if kind == "summit":
            found = self.finder.summits_meant(reading, dates)
            regular = [s for s in found if self.finder.kind(s) in REGULAR_SUMMIT_KINDS]
            subjects = regular[:1] or found[:1]
            return (None, subjects) if subjects else None
        if kind == "conflict":
            # "what about 2022?" after the 2021 clashes: the same parties' conflict then.
            subjects = self.finder.sibling_conflicts(focus, dates) or [focus]
            return (
                Intent.CONFLICT_YEAR if subjects == [focus] else Intent.CONFLICT_OVERVIEW,
                subjects,
            )
        if memory.intent == Intent.FACTS_SEARCH:
            return None, [focus]
        return self.intents.table.dated_again(kind, memory.intent), [focus]


_PARTICLES = LEXICON.words("verb_particles")


def _reasons_in_play(memory: Topic) -> tuple[str, ...]:
    """Of the facts just given that say most of what was asked, those that name a reason."""
    return tuple(t for t in facts_in_play(memory.said, memory.words) if names_reason(t))


def _who_of_the_facts(reading: Reading, intent: Intent, memory: Topic, kind: str) -> bool:
    """A 'who' follow-up to facts just given that would ask only an overview of a thing that is
    no person: the overview cannot say who."""
    overview = intent.value.endswith(".overview") and kind != "person"
    return overview and memory.intent == Intent.FACTS_SEARCH and reading.has_any(_ASKS_WHO)


def _may_refind(intent: Intent, memory: Topic) -> bool:
    """A follow-up may ask of one fact just given: after a search, or when all it would ask of
    its subject is an overview."""
    return Intent.FACTS_SEARCH in {intent, memory.intent} or intent.value.endswith(".overview")


def _said_instead_of_overview(
    reading: Reading, dates: list[PartialDate], memory: Topic, carried: tuple[str, ...]
) -> tuple[bool, tuple[str, ...]]:
    """'Who announced it?' after a summit's decisions, one of them "... as Sargsyan announced":
    the one fact just given that says the follow-up's own words says more than an overview of
    the subject would; whether it is refound, and the words that find it. Only one singled
    out of several: a lone fact saying the word ("start not recorded") says nothing of it."""
    several = len(memory.said) > 1
    fact = fact_saying(memory.said, _own_words(reading)) if several and not dates else None
    if fact is None or reading.has_any(_COUNT):
        return False, carried
    return True, said_words(fact)


def _said_asked_of(
    reading: Reading, dates: list[PartialDate], memory: Topic, carried: tuple[str, ...]
) -> tuple[bool, tuple[str, ...]]:
    """What a follow-up asks of what the last answer said: whether it refinds one fact just
    given, and the words that rank the facts."""
    # "Who announced it" after "... Lukashenko announced it": the one fact just given that says
    # the follow-up's own words is the one it asks about, whatever relation the words would ask
    # of the subject alone.
    fact = fact_saying(memory.said, _own_words(reading)) if not dates else None
    # "How many troops" after a fact that says troops went in but not how many: a number is
    # asked, which that fact cannot give; the facts of the subject are searched instead.
    if fact is not None and reading.has_any(_COUNT) and not states_quantity(fact):
        fact = None
    if fact is not None:
        # Its own words alone: the older turns' words would rank an earlier fact again.
        return True, said_words(fact)
    if memory.intent != Intent.FACTS_SEARCH and _points_at_said(reading, memory):
        # "Who announced it" after "Armenia ... has frozen its participation": "it" is what the
        # record's answer said; its words rank the facts that tell of it.
        return False, tuple(dict.fromkeys((*said_words(memory.said[0]), *carried)))
    return False, carried


def _points_at_said(reading: Reading, memory: Topic) -> bool:
    """ "Who announced it": a thing pronoun, the object of the question's verb, standing for the
    one statement an answer made; not its subject ("how big is it", "where did it exercise"),
    which is the thing in play itself."""
    if len(memory.said) != 1:
        return False
    words = reading.corrected
    return any(after in _NEUTER and before in reading.content for before, after in pairwise(words))


def _own_words(reading: Reading) -> frozenset[str]:
    """What a follow-up says beyond its question words, pronouns and dates."""
    content = reading.content - _RELATION_ONLY - ANAPHORA - _PARTICLES
    return frozenset(word for word in content if not (word.isdigit() or is_date_word(word)))


def _it_does(reading: Reading, acts: frozenset[str]) -> bool:
    """'When did it join', 'is it still a member': "it" is who joins, not what was signed
    ("who didn't sign it"), so the pronoun comes before the word of the act."""
    words = reading.corrected
    pronoun = next((i for i, w in enumerate(words) if w in _NEUTER), None)
    step = next((i for i, w in enumerate(words) if w in acts), None)
    return pronoun is not None and step is not None and pronoun < step


_SHORT_NAME = 3  # name words this short ("of", "the") say no state

# Subjects a "there" cannot be the place of a decision of: a state, the organization itself.
_DECIDES_NOTHING_THERE = frozenset(["country", "organization"])


def _asks_holder_of_post(reading: Reading, dates: list[PartialDate]) -> bool:
    """ "Who has the job now", "who holds that post today", "who held it in 2019": who holds
    the post in play at a time asked, asking nothing else."""
    post = reading.has_any(_NEUTER) or reading.has_any(_OFFICE_WORDS)
    timed = bool(dates) or reading.has_any(_PRESENT)
    rest = reading.content - _HOLDING - _OFFICE_WORDS - _PRESENT - _RELATION_ONLY
    return reading.has("who") and post and timed and not any(w.isalpha() for w in rest)


def _asks_holder_of_it(reading: Reading) -> bool:
    """ "Who has it now", "who holds it", "and now?": who holds the thing in play, asking
    nothing else."""
    if reading.content and reading.content <= _PRESENT and len(reading.corrected) <= _BARE_NOW:
        return True  # "and now?"
    return (
        reading.has("who")
        and reading.has_any(_NEUTER)
        and reading.has_any(_HOLDING)
        and reading.content - _HOLDING <= _PRESENT | _RELATION_ONLY
    )
