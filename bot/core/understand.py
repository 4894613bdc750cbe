"""Decide what a question asks (intent) and about what (subject), from a linked Reading."""

from __future__ import annotations

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
    OFF_TOPIC,
    ORG_WORDS,
    STOPWORDS,
    SUMMIT_WORDS,
    TOPIC_WORDS,
)
from bot.core.linking import Linker, Mention, Reading
from bot.core.memory import Topic
from bot.core.normalize import tokens
from bot.core.retrieval import stem
from bot.core.temporal import find_dates

_ALL_CUES = frozenset(word for cue in CUES.values() for word in cue) | SUMMIT_WORDS | CONFLICT_WORDS
LATEST = frozenset("last latest recent newest current now today currently present".split())
EARLIEST = frozenset("first earliest initial".split())


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


def _undated(words: list[str]) -> list[str]:
    """Words of a name without its years and months (dates are scored on their own)."""
    return [w for w in words if not w.isdigit() and not find_dates(f"{w} 2000")[0].month]


def _cues(reading: Reading, *names: str) -> bool:
    return any(reading.has(name) for name in names)


def is_off_topic(reading: Reading, vocabulary: frozenset[str], organization: str) -> bool:
    """Weather, jokes, other organizations, gibberish: nothing here is about the CSTO.

    With no entity of the fact base named, a question about "the secretary general" is taken to
    mean the CSTO's only if every word is one the bot knows; "the secretary general of nato" is not.
    """
    words = set(reading.corrected)
    if not words.isdisjoint(OFF_TOPIC):
        return True
    if [i for i in reading.ids() if i != organization]:
        return False
    if organization in reading.ids():
        return False
    unknown = {w for w in words if w not in vocabulary and w not in STOPWORDS and not w.isdigit()}
    return bool(unknown) or words.isdisjoint(DOMAIN | _ALL_CUES)


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
        for summit in catalog.summits():
            for word in tokens((summit.city or "").split("(")[0]):
                if len(word) >= 4:
                    self.city_index.setdefault(word, []).append(summit.id)

    # -- subjects -------------------------------------------------------------------------

    def summits_meant(self, reading: Reading, dates: list[PartialDate]) -> list[str]:
        """Summits the question points at by city, date, host or 'last'/'first'."""
        words = set(reading.corrected)
        linked = set(reading.ids())
        scores: dict[str, float] = {}
        for summit in self.catalog.summits():
            score = 0.0
            if summit.id in linked:
                score += 5
            if any(summit.id in self.city_index.get(word, ()) for word in words):
                score += 2
            if summit.host and summit.host in linked:
                score += 1
            if linked & self.mentioned_at.get(summit.id, set()):
                score += 1
            for date in dates:
                if date.day and summit.date == date:
                    score += 4
                elif date.month and (summit.date.year, summit.date.month) == (
                    date.year,
                    date.month,
                ):
                    score += 3
                elif summit.date.year == date.year:
                    score += 2
                else:
                    score -= 1
            if score > 0:
                scores[summit.id] = score
        if not scores:
            ordered = self.catalog.summits()
            if words & LATEST:
                past = [s for s in ordered if s.kind != "treaty"]
                return [past[-1].id] if past else []
            if words & EARLIEST:
                return [ordered[0].id] if ordered else []
            return []
        best = max(scores.values())
        top = [key for key, value in scores.items() if value == best]
        regular = [key for key in top if self._kind(key) in {"regular", "jubilee"}]
        if len(top) > 1 and len(regular) == 1 and not words & EXTRAORDINARY:
            return regular  # "the 2017 summit" means the regular one, not an informal meeting
        if len(top) > 1 and words & LATEST:
            return [top[-1]]
        if len(top) > 1 and words & EARLIEST:
            return [top[0]]
        return top

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
            name_words = {
                stem(w) for w in _undated(tokens(conflict.name)) if len(w) >= 4 and w not in DOMAIN
            }
            score = float(len(name_words & words))
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

        points_back = _points_back(reading)
        if memory and points_back and not (people or countries or bodies or direct_conflicts):
            follow = self._follow_up(reading, dates, memory)
            if follow:
                return follow

        if _cues(reading, "secretary") and not people:
            return Understanding("org.secretaries", [org], dates)

        if wants_summit or (
            has_city and dates and _cues(reading, "attendance", "absence", "decision", "presidency")
        ):
            summits = self.summits_meant(reading, dates)
            plural = bool(words & {"summits", "sessions", "meetings"}) or (
                reading.has("count") and not dates
            )
            where_when = _cues(reading, "when", "where") and not _cues(
                reading, "attendance", "absence", "decision", "presidency"
            )
            if plural or (len(summits) > 1 and (where_when or not _specific_summit_cue(reading))):
                return Understanding("summit.list", summits, dates)
            if len(summits) > 1:
                return Understanding("clarify", [], dates, candidates=summits, certainty=0.4)
            if summits:
                return Understanding(_summit_intent(reading), summits, dates)

        if people and not (wants_conflict and not _cues(reading, "said")):
            return Understanding(_person_intent(reading), people[:1], dates)

        if wants_conflict or direct_conflicts:
            conflicts = self.conflicts_meant(reading, dates)
            if len(conflicts) == 1:
                return Understanding(_conflict_intent(reading, dates), conflicts, dates)
            if len(conflicts) > 1:
                return Understanding("clarify", [], dates, candidates=conflicts, certainty=0.4)

        if bodies:
            return Understanding(_body_intent(reading), bodies[:1], dates)

        if countries:
            intent = _country_intent(reading)
            if (
                memory
                and points_back
                and not _any_cue(reading)
                and memory.intent.startswith("member.")
            ):
                intent = memory.intent  # "and Georgia?" asks the last question about a new subject
            return Understanding(intent, countries, dates)

        org_intent = _org_intent(reading, dates)
        if org_intent != "facts.search" and (
            org in ids or not words.isdisjoint(DOMAIN) or _any_cue(reading)
        ):
            return Understanding(org_intent, [org], dates)

        follow = self._follow_up(reading, dates, memory)
        if follow:
            return follow

        if org in ids or not words.isdisjoint(DOMAIN):
            return Understanding(org_intent, [org], dates)

        return Understanding("abstain", [], dates, certainty=0.0)

    def _follow_up(
        self, reading: Reading, dates: list[PartialDate], memory: Topic | None
    ) -> Understanding | None:
        """Resolve 'when did it leave?', 'what about 2022?' against the last topic."""
        if memory is None or not memory.entities:
            return None
        short = len(reading.content) <= 6
        points_back = _points_back(reading)
        if not (points_back or (short and (dates or _any_cue(reading)))):
            return None
        kind = self.catalog.kinds.get(memory.entities[0])
        intent = {
            "summit": _summit_intent,
            "person": _person_intent,
            "body": _body_intent,
            "country": _country_intent,
        }.get(kind or "", None)
        if kind == "conflict":
            new_intent = _conflict_intent(reading, dates)
        elif kind == "organization":
            new_intent = _org_intent(reading, dates)
        elif intent is not None:
            new_intent = intent(reading)
        else:
            return None
        default = new_intent.endswith((".overview", ".status"))
        chosen = memory.intent if default and not _any_cue(reading) else new_intent
        if dates and not _any_cue(reading):
            # "what about 2022?": the same subject, at another date.
            chosen = {
                "country": "member.is",
                "conflict": "conflict.year",
                "person": "person.statements",
            }.get(kind or "", "member.at_date" if memory.intent.startswith("member.") else chosen)
        if dates and chosen.startswith("member.") and kind == "organization":
            chosen = "member.at_date"
        return Understanding(
            chosen, list(memory.entities), dates or [], certainty=0.85, from_memory=True
        )


_INTENT_CUES = (
    "join leave return suspend status former observer when where decision attendance absence "
    "presidency timeline parties role founded headquarters name secretary said role_person size "
    "casualties count list"
).split()


def _points_back(reading: Reading) -> bool:
    """'and Georgia?', 'what about 2022?', 'when did it leave?': the question leans on the last one."""
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


def _summit_intent(reading: Reading) -> str:
    if reading.has("absence"):
        return "summit.absences"
    if reading.has("presidency"):
        return "summit.presidency"
    if reading.has("attendance"):
        return "summit.attendance"
    if reading.has("decision"):
        return "summit.decisions"
    if _cues(reading, "when", "where"):
        return "summit.when_where"
    return "summit.overview"


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
    if _cues(reading, "leader", "secretary"):
        return "body.leadership"
    if _cues(reading, "size", "where") or reading.has_any(TOPIC_WORDS["rules"]):
        return "facts.search"
    return "body.overview"


def _country_intent(reading: Reading) -> str:
    if reading.has("suspend"):
        return "member.suspended"
    if reading.has("return"):
        return "member.rejoined"
    if reading.has("leave"):
        return "member.left"
    if reading.has("join"):
        return "member.joined"
    if reading.has("observer"):
        return "member.status"
    if reading.has("status") or reading.has("former"):
        return "member.status"
    words = set(reading.corrected)
    if {"member", "members", "membership", "belong", "belongs", "part"} & words or _in_the_csto(
        reading
    ):
        return "member.is"
    named_only = all(
        w in ORG_WORDS or w in _ALL_CUES for w in reading.content - _linked_words(reading)
    )
    return "member.status" if named_only else "facts.search"


def _linked_words(reading: Reading) -> set[str]:
    return {reading.corrected[i] for m in reading.mentions for i in range(m.start, m.end)}


def _in_the_csto(reading: Reading) -> bool:
    """'X in the csto?' / 'X in odkb': membership asked without the word member."""
    words = [w for w in reading.corrected if w != "the"]
    return any(
        a in {"in", "v", "в"} and b in {"csto", "odkb", "одкб"} for a, b in zip(words, words[1:])
    )


def _org_intent(reading: Reading, dates: list[PartialDate]) -> str:
    if reading.has("former"):
        return "member.former"
    if reading.has("observer"):
        return "member.observers"
    if reading.has("count"):
        return "member.count" if not dates else "member.at_date"
    if reading.has("list") and dates:
        return "member.at_date"
    if reading.has("list") and not reading.has("founded"):
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
