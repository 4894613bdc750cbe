"""Decide what a question asks (intent) and about what (subject), from a linked Reading."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from bot.core.catalog import Catalog
from bot.core.dates import PartialDate
from bot.core.lexicon import (
    ANAPHORA,
    CONFLICT_WORDS,
    CUES,
    DOMAIN,
    EXTRAORDINARY,
    NOT_SPECIFIC,
    OFF_TOPIC,
    ORG_WORDS,
    STOPWORDS,
    SUMMIT_WORDS,
    TOPIC_WORDS,
    words_of,
)
from bot.core.linking import Linker, Mention, Reading
from bot.core.memory import Topic
from bot.core.normalize import tokens
from bot.core.retrieval import stem, stems
from bot.core.temporal import find_dates

_ALL_CUES = frozenset(word for cue in CUES.values() for word in cue) | SUMMIT_WORDS | CONFLICT_WORDS
# Cue words that say something about the CSTO's world; bare question words do not.
ORG_NAMES = frozenset(["csto", "odkb", "одкб"])
_SIGNALS = _ALL_CUES - words_of(
    "what who whom when where how many number why which tell about overview explain describe "
    "summary date year since что кто где когда сколько"
)
MEMBER_WORDS = words_of(
    "member members membership countries states country nations part belong belongs "
    "члены член страны stran strany"
)
UPCOMING = frozenset(["next", "upcoming", "future", "coming", "planned"])
PERSONAL_PRONOUNS = frozenset(["he", "she", "him", "his", "her"])
BEFORE = frozenset(["before", "previous", "predecessor", "preceded", "prior"])
AFTER = frozenset(["after", "next", "successor", "succeeded", "followed", "replaced"])
LATEST = frozenset(
    ["last", "latest", "recent", "newest", "current", "now", "today", "currently", "present"]
)
EARLIEST = frozenset(["first", "earliest", "initial"])


@dataclass
class Understanding:
    """The outcome of reading a question: intent, subject entities, dates, and how sure we are."""

    intent: str
    subjects: list[str] = field(default_factory=list)
    dates: list[PartialDate] = field(default_factory=list)
    external: list[Mention] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)  # when ambiguous: which one?
    certainty: float = 1.0
    from_memory: bool = False
    carried: tuple[str, ...] = ()  # the previous question's specific words, for follow-ups


def foreign_acronyms(catalog: Catalog) -> frozenset[str]:
    """Acronyms the facts use for other organizations (NATO, SCO, OSCE...), read from the facts.

    A question that names one of these and nothing of the CSTO's is about something else.
    """
    own: set[str] = set()
    for entity in catalog.entities.values():
        for surface in (entity.name, *entity.aliases, getattr(entity, "abbreviation", None) or ""):
            own |= set(tokens(surface))
    found: set[str] = set()
    for items in catalog.facts_of.values():
        for item in items:
            for word in re.findall(r"\b[A-Z]{2,6}\b", item.fact.text):
                folded = word.casefold()
                if folded not in own and folded not in STOPWORDS:
                    found.add(folded)
    return frozenset(found)


def _date_score(held: PartialDate, asked: PartialDate) -> float:
    if asked.day and held == asked:
        return 4
    if asked.month and (held.year, held.month) == (asked.year, asked.month):
        return 3
    if held.year == asked.year and not asked.month:
        return 2
    return -1


def _undated(words: list[str]) -> list[str]:
    """Words of a name without its years and months (dates are scored on their own)."""
    return [w for w in words if not w.isdigit() and not find_dates(f"{w} 2000")[0].month]


def _cues(reading: Reading, *names: str) -> bool:
    return any(reading.has(name) for name in names)


class Understander:
    """Turns a Reading (plus the conversation's last topic) into an Understanding."""

    def __init__(self, catalog: Catalog, linker: Linker) -> None:
        self.catalog = catalog
        self.linker = linker
        self.city_index: dict[str, list[str]] = {}
        # Who each summit's facts name (absentees, speakers), so "why was X absent" finds it.
        self.mentioned_at: dict[str, set[str]] = {}
        for summit in catalog.summits():
            named: set[str] = set()
            for item in catalog.facts_of.get(summit.id, []):
                named |= set(item.fact.about) | set(getattr(item.fact, "who", ()))
            self.mentioned_at[summit.id] = named
        self.conflict_words = {
            conflict.id: {
                stem(w) for w in _undated(tokens(conflict.name)) if len(w) >= 4 and w not in DOMAIN
            }
            for conflict in catalog.conflicts()
        }
        generic = SUMMIT_WORDS | DOMAIN | NOT_SPECIFIC
        self.summit_words = {
            summit.id: {
                stem(w)
                for w in _undated(tokens(summit.name))
                if w not in generic and w not in STOPWORDS and w not in self.city_index
            }
            for summit in catalog.summits()
        }
        for summit in catalog.summits():
            for word in tokens((summit.city or "").split("(")[0]):
                if len(word) >= 4:
                    self.city_index.setdefault(word, []).append(summit.id)

    # -- subjects -------------------------------------------------------------------------

    def summits_meant(
        self, reading: Reading, dates: list[PartialDate], pick_one: bool = True
    ) -> list[str]:
        """Summits the question points at by name, city, date or host, or 'last'/'first'.

        Only a name, a city, a date or 'last'/'first' pins a summit down; who took part and the
        words of its name only break ties. With `pick_one`, ties prefer the session called a
        summit, then a regular one (someone asking about "the 2016 summit" means that one).
        """
        words = set(reading.corrected)
        linked = set(reading.ids()) - {self.catalog.organization.id}
        name_words = {stem(w) for w in reading.corrected if w not in STOPWORDS}
        scores: dict[str, float] = {}
        for summit in self.catalog.summits():
            evidence = 5.0 if summit.id in linked else 0.0
            if any(summit.id in self.city_index.get(word, ()) for word in words):
                evidence += 2
            evidence += sum(_date_score(summit.date, date) for date in dates)
            # "the extraordinary session on Kazakhstan", "the emergency meeting on Afghanistan"
            own_words = len(name_words & self.summit_words.get(summit.id, set()))
            if summit.kind in {"extraordinary", "informal"} and words & EXTRAORDINARY:
                own_words += 1
            if own_words >= 2:
                evidence += own_words
            if evidence <= 0:
                continue
            score = evidence + (1 if summit.host and summit.host in linked else 0)
            if linked & self.mentioned_at.get(summit.id, set()):
                score += 1
            # "the extraordinary session on Kazakhstan": words of the summit's own name.
            score += 0.5 * len(name_words & self.summit_words.get(summit.id, set()))
            scores[summit.id] = score
        if not scores:
            ordered = [s for s in self.catalog.summits() if s.kind != "treaty"]
            if words & LATEST and ordered:
                return [ordered[-1].id]
            if words & EARLIEST and ordered:
                return [ordered[0].id]
            return []
        best = max(scores.values())
        top = [key for key, value in scores.items() if value == best]
        if len(top) > 1 and words & LATEST:
            return [top[-1]]
        if len(top) > 1 and words & EARLIEST:
            return [top[0]]
        if len(top) > 1 and pick_one:
            return self._preferred(top, words)
        return top

    def _preferred(self, top: list[str], words: set[str]) -> list[str]:
        named = [key for key in top if words & SUMMIT_WORDS & set(tokens(self.catalog.name(key)))]
        if len(named) == 1:
            return named
        regular = [key for key in top if self._kind(key) in {"regular", "jubilee"}]
        if len(regular) == 1 and not words & EXTRAORDINARY:
            return regular
        return top

    def _best_matching(self, people: list[str], reading: Reading) -> list[str]:
        """People ordered by how much of the question their facts speak to."""
        asked = {stem(word) for word in reading.content}

        def overlap(person: str) -> int:
            return max(
                (len(asked & stems(item.fact.text)) for item in self.catalog.related(person)),
                default=0,
            )

        return sorted(people, key=lambda person: -overlap(person))

    def _sibling_conflicts(self, conflict_id: str, dates: list[PartialDate]) -> list[str]:
        """Conflicts between the same parties as `conflict_id` that cover the dates."""
        known = self.catalog.entities.get(conflict_id)
        parties = set(getattr(known, "parties", ()))
        found = []
        for conflict in self.catalog.conflicts():
            end = conflict.end or conflict.start
            if set(conflict.parties) == parties and all(
                conflict.start.first_day <= d.last_day and d.first_day <= end.last_day
                for d in dates
            ):
                found.append(conflict.id)
        return found if len(found) == 1 else []

    def _kind(self, summit_id: str) -> str:
        return str(getattr(self.catalog.entities.get(summit_id), "kind", ""))

    def conflicts_meant(self, reading: Reading, dates: list[PartialDate]) -> list[str]:
        """Conflicts the question points at by name words, parties and period."""
        linked = set(reading.ids())
        words = {stem(w) for w in reading.corrected}
        for entity_id in linked:
            words |= {stem(w) for w in tokens(self.catalog.name(entity_id))}
        scores: dict[str, float] = {}
        for conflict in self.catalog.conflicts():
            if conflict.id in linked:
                scores[conflict.id] = 10
                continue
            score = float(len(self.conflict_words[conflict.id] & words))
            # The first two parties are the sides; later ones are contributors, worth less.
            score += sum(
                1.0 if index < 2 else 0.5
                for index, party in enumerate(conflict.parties)
                if party in linked
            )
            for date in dates:
                inside = conflict.start.first_day <= date.last_day and (
                    conflict.end is None or date.first_day <= conflict.end.last_day
                )
                score += 1.0 if inside else -2.0
            if score >= 2:
                scores[conflict.id] = score
        if not scores:
            return []
        best = max(scores.values())
        return [key for key, value in scores.items() if value >= best - 0.01]

    # -- intent ---------------------------------------------------------------------------

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
        explicit = organization in linked or not words.isdisjoint(ORG_NAMES)
        if not words.isdisjoint(foreign) and not explicit:
            # Bodies are named by generic words ("secretary general"), so they don't count here.
            return all(self.catalog.kinds[i] in {"body", "organization"} for i in linked)
        if [i for i in linked if i != organization] or explicit:
            return False
        if words & SUMMIT_WORDS and (
            words & set(self.city_index) or any(w.isdigit() for w in words)
        ):
            return False  # "the main topic of the dushanbe summit"
        unknown = {w for w in words - vocabulary - STOPWORDS if not w.isdigit()}
        return bool(unknown) or words.isdisjoint(DOMAIN | _SIGNALS)

    def needs_context(self, reading: Reading) -> bool:
        """True when the question leans on the last one: 'and Georgia?', 'why?', 'who hosted it'."""
        if _points_back(reading):
            return True
        own = [i for i in reading.ids() if self.catalog.kinds[i] != "organization"]
        complete = bool(set(reading.corrected) & (DOMAIN | ORG_WORDS)) or bool(own)
        return not complete and len(reading.content) <= 3

    def understand(
        self, reading: Reading, dates: list[PartialDate], memory: Topic | None
    ) -> Understanding:
        """Pick the intent and subjects, falling back on the conversation's last topic."""
        ids = reading.ids()
        kinds = {entity_id: self.catalog.kinds[entity_id] for entity_id in ids}
        words = set(reading.corrected)
        org = self.catalog.organization.id
        people = [i for i in ids if kinds[i] == "person"]
        countries = [i for i in ids if kinds[i] == "country"]
        bodies = [i for i in ids if kinds[i] == "body"]
        direct_conflicts = [i for i in ids if kinds[i] == "conflict"]
        wants_summit = bool(words & SUMMIT_WORDS) or any(i for i in ids if kinds[i] == "summit")
        wants_conflict = bool(words & CONFLICT_WORDS) or bool(direct_conflicts)
        has_city = any(word in self.city_index for word in words)

        own_subject = people or countries or bodies or direct_conflicts
        if memory and not own_subject and self.needs_context(reading):
            follow = self._follow_up(reading, dates, memory)
            if follow:
                return follow
        pronoun = not words.isdisjoint(PERSONAL_PRONOUNS | {"it", "its", "they", "them", "their"})
        names_something = bool(words & (DOMAIN | ORG_WORDS)) or org in ids
        if pronoun and memory is None and not own_subject and not names_something:
            # "when did it come back?" with nothing before it: guessing "it" would mislead.
            return Understanding("unresolved", [], dates, certainty=0.0)

        about_a_summit = wants_summit and bool(dates or has_city)
        asks_secretary = _cues(reading, "secretary") and not (people and not _relative(reading))
        if asks_secretary and not about_a_summit:
            return Understanding("org.secretaries", [*people[:1], org], dates)

        if wants_summit and words & UPCOMING:
            return Understanding("summit.next", [org], dates)
        session_cue = _cues(reading, "attendance", "absence", "decision", "presidency")
        if words & MEMBER_WORDS and not session_cue and not own_subject and dates:
            return Understanding("member.at_date", [org], dates)
        session_date = dates and _cues(reading, "attendance", "absence", "decision")
        if (
            wants_summit
            or (dates and has_city and session_cue)
            or (session_date and not own_subject)
        ):
            where_when = _cues(reading, "when", "where") and not session_cue
            summits = self.summits_meant(reading, dates, pick_one=not where_when)
            plural = bool(words & {"summits", "sessions", "meetings"}) or (
                reading.has("count") and not dates
            )
            if len(summits) > 1 and people:
                return Understanding(_person_intent(reading), people[:1], dates)
            if plural or (len(summits) > 1 and (where_when or not _specific_summit_cue(reading))):
                return Understanding("summit.list", summits, dates)
            if len(summits) > 1:
                return Understanding("clarify", [], dates, candidates=summits, certainty=0.4)

            if summits:
                return Understanding(_summit_intent(reading), summits, dates)

        if people and not (wants_conflict and not _cues(reading, "said")):
            return Understanding(_person_intent(reading), people[:1], dates)

        if bodies and not countries and not direct_conflicts:
            return Understanding(_body_intent(reading), bodies[:1], dates)

        if reading.has("presidency") and countries and not people:
            return Understanding("org.presidency", [org, *countries], dates)

        if wants_conflict or direct_conflicts:
            conflicts = self.conflicts_meant(reading, dates)
            if len(conflicts) == 1:
                return Understanding(_conflict_intent(reading, dates), conflicts, dates)
            if len(conflicts) > 1:
                return Understanding("clarify", [], dates, candidates=conflicts, certainty=0.4)

        if bodies:
            return Understanding(_body_intent(reading), bodies[:1], dates)

        membership_cue = _cues(reading, "join", "leave", "return", "suspend", "status", "former")
        if (
            countries
            and dates
            and not membership_cue
            and (reading.has("role") or not _any_cue(reading))
        ):
            conflicts = self.conflicts_meant(reading, dates)
            if len(conflicts) == 1:
                intent = "conflict.role" if reading.has("role") else "conflict.year"
                return Understanding(intent, conflicts, dates)

        if countries:
            intent = _country_intent(reading)
            leaning = memory and _points_back(reading) and not _any_cue(reading)
            if leaning and memory and memory.intent.startswith("member."):
                intent = memory.intent  # "and Georgia?" asks the last question anew
            return Understanding(intent, countries, dates)

        org_intent = _org_intent(reading, dates)
        if org_intent != "facts.search" or org in ids or not words.isdisjoint(DOMAIN):
            return Understanding(org_intent, [org], dates)
        return Understanding("abstain", [], dates, certainty=0.0)

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
            people = self._best_matching(people, reading)  # "why did he refuse to sign"
        focus = (people if personal and people else others or people)[0]
        kind = self.catalog.kinds.get(focus, "")
        cued = _any_cue(reading)
        intent = _intent_for(kind, reading, dates) if cued else memory.intent
        if not intent.startswith(_PREFIX.get(kind, "?")) and not (
            kind == "organization" and intent.startswith("member.")
        ):
            intent = _intent_for(kind, reading, dates)
        subjects = [focus]
        if memory.intent == "org.secretaries" and (_relative(reading) or dates or not cued):
            return Understanding(
                "org.secretaries",
                [*people[:1], self.catalog.organization.id],
                dates,
                certainty=0.85,
                from_memory=True,
                carried=(),
            )
        if dates and not cued:
            # "what about 2022?": the same question about another date.
            if kind == "summit":
                found = self.summits_meant(reading, dates)
                regular = [s for s in found if self._kind(s) in {"regular", "jubilee"}]
                subjects = regular[:1] or found[:1]
                if not subjects:
                    return Understanding("summit.list", [], dates, from_memory=True)
            elif kind == "conflict":
                # "what about 2022?" after the 2021 clashes: the same parties' conflict then.
                subjects = self._sibling_conflicts(focus, dates) or subjects
                intent = "conflict.year" if subjects == [focus] else "conflict.overview"
            elif memory.intent != "facts.search":
                intent = {"country": "member.is", "person": "person.statements"}.get(kind, intent)
                if kind == "organization" and memory.intent in {"member.list", "member.count"}:
                    intent = "member.at_date"
        carried = (
            memory.words if memory.intent == "facts.search" or intent == "facts.search" else ()
        )
        return Understanding(
            intent, subjects, dates, certainty=0.85, from_memory=True, carried=carried
        )


_PREFIX = {
    "country": "member.",
    "summit": "summit.",
    "conflict": "conflict.",
    "person": "person.",
    "body": "body.",
    "organization": "org.",
}


def _intent_for(kind: str, reading: Reading, dates: list[PartialDate]) -> str:
    if kind == "summit":
        return _summit_intent(reading)
    if kind == "person":
        return _person_intent(reading)
    if kind == "body":
        return _body_intent(reading)
    if kind == "country":
        return _country_intent(reading)
    if kind == "conflict":
        return _conflict_intent(reading, dates)
    return _org_intent(reading, dates)


def _relative(reading: Reading) -> bool:
    """'before him', 'after Zas', 'his successor'."""
    return not set(reading.corrected).isdisjoint(BEFORE | AFTER)


_INTENT_CUES = [
    "join",
    "leave",
    "return",
    "suspend",
    "status",
    "former",
    "observer",
    "when",
    "where",
    "decision",
    "attendance",
    "absence",
    "presidency",
    "timeline",
    "parties",
    "role",
    "founded",
    "headquarters",
    "name",
    "secretary",
    "said",
    "role_person",
    "size",
    "casualties",
    "count",
    "list",
]


def _points_back(reading: Reading) -> bool:
    """'and Georgia?', 'what about 2022?', 'when did it leave?': it leans on the last question."""
    words = reading.words
    if not words:
        return False
    opener = words[0] in {"and", "also", "then", "so"} or tuple(words[:2]) in {
        ("what", "about"),
        ("how", "about"),
    }
    return opener or not ANAPHORA.isdisjoint(words)


def _any_cue(reading: Reading) -> bool:
    return any(reading.has(cue) for cue in _INTENT_CUES)


def _specific_summit_cue(reading: Reading) -> bool:
    return _cues(reading, "attendance", "absence", "decision", "presidency", "when", "where")


def _first_cued(reading: Reading, table: tuple[tuple[str, str], ...], default: str) -> str:
    """The intent of the first cue (in the table's priority order) that the question has."""
    return next((intent for cue, intent in table if reading.has(cue)), default)


# Earlier rows win: "why was he absent from the summit where they decided..." is about absence.
_SUMMIT_INTENTS = (
    ("absence", "summit.absences"),
    ("presidency", "summit.presidency"),
    ("decision", "summit.decisions"),
    ("attendance", "summit.attendance"),
    ("when", "summit.when_where"),
    ("where", "summit.when_where"),
)
_MEMBERSHIP_INTENTS = (
    ("suspend", "member.suspended"),
    ("return", "member.rejoined"),
    ("leave", "member.left"),
    ("join", "member.joined"),
    ("observer", "member.status"),
    ("status", "member.status"),
    ("former", "member.status"),
)


def _summit_intent(reading: Reading) -> str:
    return _first_cued(reading, _SUMMIT_INTENTS, "summit.overview")


def _conflict_intent(reading: Reading, dates: list[PartialDate]) -> str:
    if _cues(reading, "casualties", "size"):
        return "facts.search"
    if reading.has("parties") and not reading.has("role"):
        return "conflict.parties"
    if reading.has("role") or (
        {"csto", "odkb", "одкб"} & set(reading.corrected)
        and {"do", "did", "does"} & set(reading.corrected)
    ):
        return "conflict.role" if not reading.has("timeline") else "conflict.timeline"
    if reading.has("timeline"):
        return "conflict.timeline"
    if dates:
        return "conflict.year"
    if reading.has("when"):
        return "conflict.when"
    return "conflict.overview"


def _person_intent(reading: Reading) -> str:
    if reading.has("said"):
        return "person.statements"
    if reading.has("role_person") or (reading.has("what") and "did" in reading.corrected):
        return "person.statements" if "did" in reading.corrected else "person.roles"
    return "person.overview"


def _body_intent(reading: Reading) -> str:
    if reading.has("founded"):
        return "body.founded"
    if _cues(reading, "leader", "secretary", "presidency"):
        return "body.leadership"
    if _cues(reading, "size", "where") or reading.has_any(TOPIC_WORDS["rules"]):
        return "facts.search"
    return "body.overview"


def _country_intent(reading: Reading) -> str:
    if reading.has("where") or reading.has("said"):
        return "facts.search"
    cued = _first_cued(reading, _MEMBERSHIP_INTENTS, "")
    if cued:
        return cued
    words = set(reading.corrected)
    if {"member", "members", "membership", "belong", "belongs", "part"} & words or _in_the_csto(
        reading
    ):
        return "member.is"
    named_only = all(
        w in ORG_WORDS or w in _ALL_CUES for w in reading.content - _linkedwords_of(reading)
    )
    return "member.status" if named_only else "facts.search"


def _linkedwords_of(reading: Reading) -> set[str]:
    return {reading.corrected[i] for m in reading.mentions for i in range(m.start, m.end)}


def _in_the_csto(reading: Reading) -> bool:
    """'X in the csto?' / 'X in odkb': membership asked without the word member."""
    words = [w for w in reading.corrected if w != "the"]
    return any(
        a in {"in", "v", "в"} and b in {"csto", "odkb", "одкб"}
        for a, b in itertools.pairwise(words)
    )


def _org_intent(reading: Reading, dates: list[PartialDate]) -> str:
    asks_which = bool({"who", "which", "what"} & set(reading.corrected)) or reading.has("list")
    if reading.has("former") or (_cues(reading, "leave", "suspend") and asks_which):
        return "member.former"
    if reading.has("observer"):
        return "member.observers"
    if {"original", "founding", "founder", "founders"} & set(reading.corrected) and asks_which:
        return "member.original"
    if reading.has("presidency"):
        return "org.presidency"
    if reading.has("count"):
        return "member.count" if not dates else "member.at_date"
    about_members = bool(set(reading.corrected) & MEMBER_WORDS)
    if about_members and dates:
        return "member.at_date"
    if about_members and not reading.has("founded"):
        return "member.list"
    if reading.has("headquarters") and not reading.has("founded"):
        return "org.headquarters"
    if reading.has("founded") or reading.has("when"):
        return "org.founded"
    if reading.has("name"):
        return "org.name"
    if reading.has("presidency") or reading.has("leader"):
        return "org.presidency"
    if dates:
        return "org.year"
    if reading.has("overview") and len(reading.content) <= 3:
        return "org.overview"
    if len(reading.content) <= 1:
        return "org.overview"  # just "ОДКБ?" or "csto"
    return "facts.search"
