"""Succession: "who replaced Zas", "who had that job before him", "the third secretary general",
"and the summit after that?".

An office is a body's top post; its terms come from the body's office holders and from people's
roles in the body with the same title (a role may lack a start date, as the reference sheet
leaves it). The question names the holder to start from, or points back at the person (or the
summit) in play; a question naming only the office ("who held it now and before") is left to
the office-holders answer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from bot.core.answering import confidence as score
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import REGULAR_SUMMIT_KINDS, Body, Sourced
from bot.core.language.lexicon import ANAPHORA, LEXICON, SUMMIT_WORDS, stepping_words
from bot.core.language.linking import Reading
from bot.core.language.normalize import tokens
from bot.core.understanding.doing import asks_doing
from bot.core.understanding.intent import Intent
from bot.core.understanding.memory import Topic
from bot.core.understanding.understand import Succession, Understander, Understanding

_SUCCESSOR = LEXICON.words("successor")
_PREDECESSOR = LEXICON.words("predecessor")
_EARLIER_STILL = LEXICON.words("earlier_still")
_VERBS = LEXICON.words("succession_verbs")
_BY = LEXICON.words("passive_by")
_TAKE = LEXICON.words("take_over")  # "took" asks a successor only before "over"
_ACTING = LEXICON.words("acting")
_OFFICE_WORDS = LEXICON.words("office_words")
_ORDINALS = LEXICON.ordinal_numbers
_WHO = LEXICON.words("who") | LEXICON.words("which")
_PERSON_WHO = LEXICON.words("who")
_WHAT = LEXICON.words("what")
_INTERROGATIVES = LEXICON.words("interrogatives")
_SAID = LEXICON.words("said")
_PERSONAL = LEXICON.words("personal_pronouns")
_AUXILIARY = LEXICON.words("do")
# What a succession question may name besides its office: people, the organization, bodies.
_ANCHOR_KINDS = frozenset(["person", "organization", "body"])
_SESSION_WORDS = LEXICON.words("summits_plural") | frozenset(["session", "meeting"])
# Offices a summit hands on ("the presidency"): a step in them is the hand-over at the summit.
_HANDED_ON = LEXICON.words("handed_on_offices")
_ONES = frozenset(["one", "ones"])
_BETWEEN = LEXICON.words("between")
# A bare step in the summit series names nothing but the step and the session.
_STEP_ONLY = _SUCCESSOR | _PREDECESSOR | _SESSION_WORDS | SUMMIT_WORDS


@dataclass(frozen=True, slots=True)
class Term:
    """One term in an office: who, from when to when, and the statement that says so."""

    person: str
    title: str
    start: PartialDate | None
    end: PartialDate | None
    acting: bool
    statement: Sourced
    fact_id: str

    @property
    def order(self) -> dt.date:
        """Where the term falls: its start, else the first day it is known to be held."""
        known = self.start or self.statement.as_of or self.end
        return known.first_day if known is not None else dt.date.min

    def covers(self, day: dt.date) -> bool:
        """True when the term includes the day (an unknown start counts from `order`)."""
        return self.order <= day and (self.end is None or day <= self.end.last_day)


def office_terms(catalog: Catalog, body: Body) -> list[Term]:
    """The body's top office, term by term in date order (empty if it lists no holders)."""
    terms = [
        Term(
            h.person, h.title, h.start, h.end, h.acting, h, f"{body.id}/office/{h.person}/{h.start}"
        )
        for h in body.office_holders
    ]
    if not terms:
        return []
    title = set(tokens(terms[0].title))
    for person in catalog.people():
        for index, role in enumerate(person.roles):
            if role.body != body.id or not title <= set(tokens(role.title)):
                continue
            term = Term(
                person.id, role.title, role.start, role.end, role.acting, role,
                f"{person.id}/roles/{index}",
            )  # fmt: skip
            if not any(t.person == term.person and _meet(t, term) for t in terms):
                terms.append(term)
    return sorted(terms, key=lambda term: term.order)


def _meet(one: Term, other: Term) -> bool:
    """Two records of the same term: their periods share a day."""
    return one.order <= _last(other) and other.order <= _last(one)


def _last(term: Term) -> dt.date:
    return term.end.last_day if term.end is not None else dt.date.max


def full_terms(terms: list[Term]) -> list[Term]:
    """The terms counted in an office's order: not acting ones, one per person in a row."""
    counted: list[Term] = []
    for term in terms:
        if not term.acting and not (counted and counted[-1].person == term.person):
            counted.append(term)
    return counted


class SuccessionReader:
    """Reads questions about who came before or after whom, in an office or a series of summits."""

    def __init__(self, catalog: Catalog, understander: Understander) -> None:
        self.catalog = catalog
        self.understander = understander
        self.offices = {
            body.id: terms for body in catalog.bodies() if (terms := office_terms(catalog, body))
        }
        chief = understander.org.chief
        self._chief_office = next(
            (
                body
                for body, terms in self.offices.items()
                if not chief.isdisjoint(tokens(terms[0].title))
            ),
            None,
        )

    def _people_named(self, reading: Reading) -> list[int]:
        """Where the question names a person (the holder a succession verb looks from)."""
        kinds = self.catalog.kinds
        return [m.start for m in reading.mentions if kinds.get(m.entity_id) == "person"]

    def understand(self, reading: Reading, memory: Topic | None) -> Understanding | None:
        """The succession the question asks about, or None when it asks no such thing."""
        words = reading.corrected
        if not self._asks_who(words) or not _SAID.isdisjoint(words):
            return None
        ordinal = self._ordinal(words)
        step = _step(reading, self._people_named(reading))
        office = self._office_named(reading)
        if step == 0 and ordinal is None:
            return None
        if any(self.catalog.kinds.get(i) not in _ANCHOR_KINDS for i in reading.ids()):
            return None  # "the presidency after Armenia": another kind of order
        focus = memory.entities[0] if memory is not None and memory.entities else ""
        named = any(self.catalog.kinds.get(i) == "person" for i in reading.ids())
        # "Who replaced him" after a summit: "him" is a person in play, not the summit.
        in_play = self.catalog.kinds.get(focus) == "summit" and not self._person_meant(
            reading, memory
        )
        if office is None and not named and (in_play or reading.has("summit")):
            # "And the one after that?" with a summit in play: the summit series, not an office.
            # A year of the question's own ("the summits after 2015") is a span, not a step.
            # An office the summit hands on ("who took over the presidency after it") steps to
            # its hand-over there, not to the next summit.
            dated = any(word.isdigit() for word in reading.corrected)
            if dated or self._handed_on_there(reading):
                return None
            return self._summit_neighbour(reading, memory, step) if memory and step else None
        return self._in_office(reading, memory, office, step=step, ordinal=ordinal)

    def _in_office(
        self,
        reading: Reading,
        memory: Topic | None,
        office: str | None,
        *,
        step: int,
        ordinal: int | None,
    ) -> Understanding | None:
        """The step from a holder of the office, named or in play."""
        anchor = self._anchor(reading, memory, office)
        carried = anchor is not None and anchor not in reading.ids()
        office = office or (self._office_of(anchor) if anchor else None)
        if office is None:
            return None
        terms = self.offices[office]
        if ordinal is not None and step == 0:
            return self._understood(Succession(office, None, 0, ordinal), reading)
        if anchor is None:
            return None  # "now and before": the office-holders answer lists the terms
        if _asks_between(reading.corrected, self._people_named(reading)):
            anchor = self._earlier(reading, terms)
        if anchor is None or all(t.person != anchor for t in terms):
            return None
        # "And his predecessor?" after his second term was given: that term, by the time in play.
        near = memory.date if carried and memory is not None else None
        found = self._understood(Succession(office, anchor, step, near=near), reading)
        return replace(found, certainty=score.FOLLOW_UP, from_memory=True) if carried else found

    def _earlier(self, reading: Reading, terms: list[Term]) -> str | None:
        """Of the two holders named around "between", the one whose term came first; None when
        either held no term of the office, or their terms meet (nothing stands between)."""
        people = [i for i in reading.ids() if self.catalog.kinds.get(i) == "person"]
        first = {p: min((t.order for t in terms if t.person == p), default=None) for p in people}
        if len(first) != 2 or None in first.values():
            return None
        return min(people, key=lambda person: first[person] or dt.date.max)

    def _understood(self, succession: Succession, reading: Reading) -> Understanding:
        # Asked who came between two holders, the later one is said too, acting or not.
        between = _asks_between(reading.corrected, self._people_named(reading))
        acting = reading.has_any(_ACTING) and not between
        succession = replace(succession, acting_only=acting)
        office, anchor = succession.office, succession.anchor
        picked = [t.person for t in pick_terms(self.offices[office], succession)]
        # The person answered leads: "he" in the next question means the successor.
        subjects = list(dict.fromkeys([*picked, *([anchor] if anchor else [])]))
        return Understanding(Intent.OFFICE_SUCCESSION, subjects, [], succession=succession)

    def _asks_who(self, words: tuple[str, ...]) -> bool:
        """'Who replaced him', 'and after that guy?': who, or no question word at all; not
        'what job did he have before' nor 'what did he do before', which ask a post or a career,
        not its holder."""
        asks_post = not _OFFICE_WORDS.isdisjoint(words) and not _WHAT.isdisjoint(words)
        if asks_post and _PERSON_WHO.isdisjoint(words):
            return False
        if asks_doing(words) and _PERSON_WHO.isdisjoint(words):
            return False  # "what did he do before the csto": his career, not his predecessor
        if _PERSON_WHO.isdisjoint(words) and _asks_what_done(words):
            return False  # "what did he command before that": what he did, not who came before
        return not _WHO.isdisjoint(words) or _INTERROGATIVES.isdisjoint(words)

    def _ordinal(self, words: tuple[str, ...]) -> int | None:
        numbers = [_ORDINALS[word] for word in words if word in _ORDINALS]
        return numbers[0] if len(numbers) == 1 and numbers[0] > 1 else None

    def _office_named(self, reading: Reading) -> str | None:
        """The office the question names: a body with holders, or the chief's title."""
        for entity_id in reading.ids():
            if entity_id in self.offices:
                return entity_id
        if reading.has("secretary") or reading.has_any(self.understander.org.chief):
            return self._chief_office
        return None

    def _person_meant(self, reading: Reading, memory: Topic | None) -> bool:
        """A personal pronoun ("him", "his") with a person in play."""
        if memory is None or not reading.has_any(_PERSONAL):
            return False
        return any(self.catalog.kinds.get(e) == "person" for e in memory.entities)

    def _anchor(self, reading: Reading, memory: Topic | None, office: str | None) -> str | None:
        """The person named, else the person in play when the question points back at one."""
        people = [i for i in reading.ids() if self.catalog.kinds.get(i) == "person"]
        if people:
            return people[0]
        if memory is None:
            return None
        leans = reading.has_any(ANAPHORA) or reading.has_any(_OFFICE_WORDS) or office is None
        if not leans:
            return None
        in_play = [e for e in memory.entities if self.catalog.kinds.get(e) == "person"]
        holders = {t.person for t in self.offices.get(office, [])} if office else None
        for person in in_play:
            if holders is None or person in holders:
                return person
        return None

    def _office_of(self, person: str) -> str | None:
        """The office the person held most recently, among those with a recorded order."""
        held = [
            (term.order, office)
            for office, terms in self.offices.items()
            for term in terms
            if term.person == person and len(terms) > 1
        ]
        return max(held)[1] if held else None

    def _handed_on_there(self, reading: Reading) -> bool:
        """'Who took over the presidency after it' with a summit in play: the office the summit
        hands on, so its own hand-over; "the one after it" or "the summit after it" is the next
        summit."""
        names_session = reading.has_any(SUMMIT_WORDS) or reading.has_any(_ONES)
        return reading.has_any(_HANDED_ON) and not names_session

    def _summit_neighbour(self, reading: Reading, memory: Topic, step: int) -> Understanding | None:
        """'And the one after that?' with a summit in play: the next (or last) of its series."""
        focus = memory.entities[0]
        if self.catalog.kinds.get(focus) != "summit":
            return None
        summits = self.catalog.summits()
        current = next(s for s in summits if s.id == focus)
        # One series is the regular kinds; other sessions join only when asked.
        any_kind = reading.has_any(_SESSION_WORDS) or current.kind not in REGULAR_SUMMIT_KINDS
        series = [s for s in summits if any_kind or s.kind in REGULAR_SUMMIT_KINDS or s.id == focus]
        index = next(i for i, s in enumerate(series) if s.id == focus) + (1 if step > 0 else -1)
        if not 0 <= index < len(series):
            return None
        chosen = series[index]
        intents = self.understander.intents
        intent = intents.intent_for("summit", reading, [])
        kept: list[str] = []
        if reading.content <= _STEP_ONLY and intents.belongs("summit", memory.intent):
            # "And after that one?" asking nothing else: the last question again, of the next
            # summit, and of the states it was asked of ("which summit did Armenia skip").
            intent = memory.intent
            kept = [e for e in memory.entities if self.catalog.kinds.get(e) == "country"]
        return Understanding(
            intent, [chosen.id, *kept], [chosen.date], certainty=score.FOLLOW_UP, from_memory=True
        )


def _step(reading: Reading, people: list[int]) -> int:
    """+1 for a successor, -1 for a predecessor, 0 when the question asks neither.

    A verb ("replaced") looks forward from a holder named after it ("who replaced Zas") and back
    from one named before it ("who did Zas replace"); the passive ("who was replaced by Zas")
    turns both round. The holder is a person or a pronoun (at `people`, the positions of named
    people), never the office ("which secretary general replaced Zas").
    """
    words = reading.corrected
    took_over = [i for i, word in enumerate(words[:-1]) if word in _TAKE and words[i + 1] == "over"]
    forward = bool(took_over) or not _SUCCESSOR.isdisjoint(words)
    backward = _names_predecessor(words) or _earlier_still(reading)
    if not (forward or backward) and _asks_between(words, people):
        return 1  # "between Khachaturov and Zas": the step after the earlier of the two
    if forward == backward:
        return 0
    verbs = sorted([*took_over, *(i for i, word in enumerate(words) if word in _VERBS)])
    step = 1 if forward else -1
    if not verbs:
        return step
    verb = verbs[0]
    pointers = [i for i, word in enumerate(words) if word in ANAPHORA]
    holder = min([*people, *pointers], default=len(words))
    if holder < verb and _takes_office(words, verb, took_over):
        return 0
    passive = not _BY.isdisjoint(words[verb + 1 :])
    return -step if (holder < verb) != passive else step


def _names_predecessor(words: tuple[str, ...]) -> bool:
    """A word for the one before, not one bounding a time ("before which year")."""
    return not _PREDECESSOR.isdisjoint(stepping_words(words))


def _earlier_still(reading: Reading) -> bool:
    """'And even earlier?', asking nothing else: one step further back from the holder in play."""
    return bool(reading.content) and reading.content <= _EARLIER_STILL


def _asks_what_done(words: tuple[str, ...]) -> bool:
    """'What did he command', 'what does she run': "what" asking the object of someone's act
    (an auxiliary right after it), not "what secretary general came before him"."""
    return any(
        word in _WHAT and words[index + 1 : index + 2] and words[index + 1] in _AUXILIARY
        for index, word in enumerate(words)
    )


def _asks_between(words: tuple[str, ...], people: list[int]) -> bool:
    """ "Who was acting SG between Khachaturov and Zas": two holders named around "between"."""
    return len(people) == 2 and not _BETWEEN.isdisjoint(words)


def _takes_office(words: tuple[str, ...], verb: int, took_over: list[int]) -> bool:
    """ "Zas took over as Secretary General (in 2017)": the holder's own taking of the office,
    no step from anyone, unless another word says one ("from Khachaturov", "after him")."""
    if verb not in took_over or words[verb + 2 : verb + 3] != ("as",):
        return False
    return _SUCCESSOR.isdisjoint(words) and _PREDECESSOR.isdisjoint(words) and "from" not in words


def pick_terms(terms: list[Term], succession: Succession) -> list[Term]:
    """The terms the step or ordinal points to: the neighbour, and after an acting neighbour the
    next full term too (unless only the acting holder is asked for)."""
    if succession.ordinal is not None:
        counted = full_terms(terms)
        index = succession.ordinal - 1
        return counted[index : index + 1]
    own = [i for i, term in enumerate(terms) if term.person == succession.anchor]
    if not own or succession.step == 0:
        return []
    if succession.near is not None and len(own) > 1:
        day = succession.near.first_day
        own = [min(own, key=lambda i: abs((terms[i].order - day).days))]
    picked: list[Term] = []
    index = own[-1] + 1 if succession.step > 0 else own[0] - 1
    while 0 <= index < len(terms):
        term = terms[index]
        if term.person != succession.anchor:
            picked.append(term)
            if not term.acting or succession.acting_only:
                break
        index += succession.step
    return picked
