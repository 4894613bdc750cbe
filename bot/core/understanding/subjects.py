"""Which summits and conflicts a question points at: by name, city, date, host and parties."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.answering import confidence as weight
from bot.core.answering.retrieval import stem, stems
from bot.core.answering.select import first_or_last, overlaps
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import REGULAR_SUMMIT_KINDS, Conflict, Summit
from bot.core.language.lexicon import (
    DOMAIN,
    EARLIEST,
    EXTRAORDINARY,
    LATEST,
    LEXICON,
    NOT_SPECIFIC,
    STOPWORDS,
    SUMMIT_WORDS,
)
from bot.core.language.linking import Reading
from bot.core.language.normalize import tokens
from bot.core.language.organization import OrganizationWords
from bot.core.language.temporal import find_dates
from bot.core.understanding.steps import STEPS_ASKED

_PLACE_PREPOSITIONS = LEXICON.words("place_prepositions")
_HOST_VERBS = LEXICON.words("host_verbs")


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


@dataclass(frozen=True, slots=True)
class _Asked:
    """What a question gives for matching summits: its words, linked ids, name stems, dates."""

    words: set[str]
    linked: set[str]
    stems: set[str]
    dates: list[PartialDate]


# Summit kinds an "extraordinary session" question may mean (knowledge schema values).
_SPECIAL_KINDS = frozenset(["extraordinary", "informal"])
# Words naming a kind of session (knowledge schema values): "the regular summit of 2017" is not
# that year's informal one.
_KIND_NAMED = {
    "regular": REGULAR_SUMMIT_KINDS,
    "ordinary": REGULAR_SUMMIT_KINDS,
    "annual": REGULAR_SUMMIT_KINDS,
    "informal": frozenset(["informal"]),
    "extraordinary": frozenset(["extraordinary"]),
    "emergency": frozenset(["extraordinary"]),
}


def _date_score(held: PartialDate, asked: PartialDate) -> float:
    if asked.day and held == asked:
        return weight.SUMMIT_DAY
    if asked.month and (held.year, held.month) == (asked.year, asked.month):
        return weight.SUMMIT_MONTH
    if held.year == asked.year and not asked.month:
        return weight.SUMMIT_YEAR
    return weight.SUMMIT_OTHER_DATE


def _undated(words: list[str]) -> list[str]:
    """Words of a name without its years and months (dates are scored on their own)."""
    return [w for w in words if not w.isdigit() and not find_dates(f"{w} 2000")[0].month]


class SubjectFinder:
    """Indexes of summits and conflicts by city, name words and people, built once per load."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        # Who each summit's facts name (absentees, speakers), so "why was X absent" finds it.
        self.mentioned_at = {summit.id: self._named_at(summit.id) for summit in catalog.summits()}
        # The organization's own names ("csto") are domain words: they name no conflict.
        domain = DOMAIN | OrganizationWords.of(catalog.organization).names
        self.conflict_words = {
            conflict.id: {
                stem(w) for w in _undated(tokens(conflict.name)) if len(w) >= 4 and w not in domain
            }
            for conflict in catalog.conflicts()
        }
        generic = SUMMIT_WORDS | domain | NOT_SPECIFIC | STOPWORDS
        self.summit_words = {
            summit.id: {stem(w) for w in _undated(tokens(summit.name)) if w not in generic}
            for summit in catalog.summits()
        }
        self.city_index: dict[str, list[str]] = {}
        self.city_years: dict[str, set[int]] = {}
        for summit in catalog.summits():
            for word in tokens((summit.city or "").split("(")[0]):
                if len(word) >= 4:
                    self.city_index.setdefault(word, []).append(summit.id)
                    self.city_years.setdefault(word, set()).add(summit.date.year)

    def host_of_city(self, word: str) -> str | None:
        """The one state that hosted every session held in the city the word names ("Yerevan":
        Armenia), which a question may name by its capital; None for other words."""
        hosts = {
            getattr(self.catalog.entities.get(summit), "host", None)
            for summit in self.city_index.get(word, ())
        }
        host = hosts.pop() if len(hosts) == 1 else None
        return host if isinstance(host, str) and self.catalog.kinds.get(host) == "country" else None

    def held_in_city_that_year(self, words: set[str]) -> bool:
        """A city of a session and that session's year both among the words."""
        years = {int(word) for word in words if word.isdigit() and len(word) == 4}
        return any(years & self.city_years.get(word, set()) for word in words)

    def _named_at(self, summit_id: str) -> set[str]:
        """The entities a summit's facts are about or name as taking part."""
        named: set[str] = set()
        for item in self.catalog.facts_of.get(summit_id, []):
            named |= set(item.fact.about) | set(getattr(item.fact, "who", ()))
        return named

    def summits_meant(
        self, reading: Reading, dates: list[PartialDate], pick_one: bool = True
    ) -> list[str]:
        """Summits the question points at by name, city, date or host, or 'last'/'first'.

        Only a name, a city, a date or 'last'/'first' pins a summit down; who took part and the
        words of its name only break ties. With `pick_one`, ties prefer the session called a
        summit, then a regular one (someone asking about "the 2016 summit" means that one).
        """
        words = set(reading.corrected)
        asked = _Asked(
            words,
            set(reading.ids()) - {self.catalog.organization.id},
            {stem(w) for w in reading.corrected if w not in STOPWORDS},
            dates,
        )
        scores: dict[str, float] = {}
        for summit in self.catalog.summits():
            score = self._summit_score(summit, asked)
            if score is not None:
                scores[summit.id] = score
        if not scores:
            return self._by_order(words, asked.linked)
        kept = self._of_kind_named(list(scores), words)
        best = max(scores[key] for key in kept)
        top = [key for key in kept if scores[key] == best]
        if len(top) == 1:
            return top
        picked = first_or_last(top, bool(words & EARLIEST), bool(words & LATEST))
        if picked:
            return picked
        return self.preferred(top, words) if pick_one else top

    def _of_kind_named(self, top: list[str], words: set[str]) -> list[str]:
        """Of the summits that fit, those of the kind the question names ("the 2017 regular
        summit" is not the informal one, whatever else fits it better), when any is; else all."""
        kinds = set().union(*(_KIND_NAMED.get(word, frozenset()) for word in words))
        narrowed = [key for key in top if self.kind(key) in kinds]
        return narrowed or top

    def _summit_score(self, summit: Summit, asked: _Asked) -> float | None:
        """How well one summit fits the question; None when nothing pins it down."""
        words, linked = asked.words, asked.linked
        evidence = weight.SUMMIT_NAMED if summit.id in linked else 0.0
        if any(summit.id in self.city_index.get(word, ()) for word in words):
            evidence += weight.SUMMIT_CITY
        # "The summits of 2016, 2017 and 2018": each is asked for, so a session is as well dated
        # as the asked date it fits best (a sum would count the other years against it).
        evidence += max((_date_score(summit.date, date) for date in asked.dates), default=0.0)
        # "the extraordinary session on Kazakhstan", "the emergency meeting on Afghanistan"
        own_words = len(asked.stems & self.summit_words.get(summit.id, set()))
        if summit.kind in _SPECIAL_KINDS and words & EXTRAORDINARY:
            own_words += 1
        if own_words >= 2:
            evidence += own_words
        if evidence <= 0:
            return None
        score = evidence + (weight.SUMMIT_HOST if summit.host and summit.host in linked else 0)
        if linked & self.mentioned_at.get(summit.id, set()):
            score += weight.SUMMIT_MENTIONED
        # "the extraordinary session on Kazakhstan": words of the summit's own name.
        return score + weight.SUMMIT_NAME_WORD * len(
            asked.stems & self.summit_words.get(summit.id, set())
        )

    def summits_of_step(self, reading: Reading, country_id: str) -> list[str]:
        """'At which summit did Uzbekistan come back': the sessions whose own facts, about the
        state, say the membership step the question asks (a word of its cue)."""
        cues = [cue for cue in STEPS_ASKED if reading.has(cue)]
        if len(cues) != 1:
            return []
        said = {stem(word) for word in LEXICON.words(cues[0])}
        found = []
        for summit in self.catalog.summits():
            for item in self.catalog.facts_of.get(summit.id, []):
                about = {item.owner, *item.fact.about, *getattr(item.fact, "who", ())}
                if country_id in about and not said.isdisjoint(stems(item.fact.text)):
                    found.append(summit.id)
                    break
        return found

    def _by_order(self, words: set[str], linked: set[str]) -> list[str]:
        """'The last summit', 'the first session': by date, when nothing else names one; of the
        sessions a state named hosted, when hosting is asked ("when did Tajikistan last host
        the leaders" is not the latest session anywhere)."""
        sessions = [s for s in self.catalog.summits() if s.kind != "treaty"]
        if words & _HOST_VERBS and linked:
            sessions = [s for s in sessions if s.host in linked]
        ordered = [s.id for s in sessions]
        return first_or_last(ordered, bool(words & EARLIEST), bool(words & LATEST))

    def preferred(self, top: list[str], words: set[str]) -> list[str]:
        """Of tied summits, the one called what the question calls it, or the regular one."""
        named = [key for key in top if words & SUMMIT_WORDS & set(tokens(self.catalog.name(key)))]
        if len(named) == 1:
            return named
        regular = [key for key in top if self.kind(key) in REGULAR_SUMMIT_KINDS]
        if len(regular) == 1 and not words & EXTRAORDINARY:
            return regular
        return top

    def called_summits(self, top: list[str], words: set[str]) -> list[str]:
        """Of several sessions, those a "summit" may mean: "the 2022 summit", said of no
        emergency or informal meeting, is none of the extraordinary or informal sessions that
        year, when another is left."""
        if "summit" not in words or words & EXTRAORDINARY:
            return top
        usual = [key for key in top if self.kind(key) not in _SPECIAL_KINDS]
        return usual or top

    def best_matching(self, people: list[str], reading: Reading) -> list[str]:
        """People ordered by how much of the question their facts speak to."""
        return sorted(people, key=lambda person: -self.overlap(person, reading))

    def overlap(self, entity_id: str, reading: Reading) -> int:
        """How many of the question's words the entity's best-matching fact says ("sg" said as
        "Secretary General")."""
        asked = {stem(word) for word in LEXICON.posts_spelt(reading.content)}
        return max(
            (len(asked & stems(item.fact.text)) for item in self.catalog.related(entity_id)),
            default=0,
        )

    def sibling_conflicts(self, conflict_id: str, dates: list[PartialDate]) -> list[str]:
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

    def _conflict_score(
        self,
        conflict: Conflict,
        words: set[str],
        linked: set[str],
        dates: list[PartialDate],
        placed: set[str],
    ) -> float:
        """How well a conflict not named outright fits: its name's words, parties and period."""
        score = float(len(self.conflict_words[conflict.id] & words))
        # A state named as the place ("troops in Armenia") must be a side: a contributor of
        # troops to a conflict elsewhere is not where it happened.
        sides = set(conflict.parties[:2])
        score += sum(weight.CONFLICT_ELSEWHERE for state in placed if state not in sides)
        # "What happened with Uzbekistan in 1999 and 2012": states named, none of them a party,
        # ask of those states, not of a conflict that merely ran then.
        states = {i for i in linked if self.catalog.kinds.get(i) == "country"}
        if states and states.isdisjoint(conflict.parties):
            score += weight.CONFLICT_NO_PARTY
        # The first two parties are the sides; later ones are contributors, worth less.
        score += sum(
            weight.CONFLICT_SIDE if index < 2 else weight.CONFLICT_CONTRIBUTOR
            for index, party in enumerate(conflict.parties)
            if party in linked
        )
        period = (conflict.start.first_day, conflict.end.last_day if conflict.end else None)
        for date in dates:
            inside = overlaps(period, date)
            score += weight.CONFLICT_IN_PERIOD if inside else weight.CONFLICT_OUT_OF_PERIOD
        return score

    def _places_named(self, reading: Reading) -> set[str]:
        """The states the question names as a place, after "in", "into", "to" ("in Armenia")."""
        said = reading.corrected
        return {
            mention.entity_id
            for mention in reading.mentions
            if self.catalog.kinds.get(mention.entity_id) == "country"
            and mention.start > 0
            and said[mention.start - 1] in _PLACE_PREPOSITIONS
        }

    def kind(self, summit_id: str) -> str:
        """A summit's kind (regular, extraordinary...)."""
        return str(getattr(self.catalog.entities.get(summit_id), "kind", ""))

    def conflicts_meant(self, reading: Reading, dates: list[PartialDate]) -> list[str]:
        """Conflicts the question points at by name words, parties and period."""
        linked = set(reading.ids())
        words = {stem(w) for w in reading.corrected}
        for entity_id in linked:
            words |= {stem(w) for w in tokens(self.catalog.name(entity_id))}
        placed = self._places_named(reading)
        scores: dict[str, float] = {}
        for conflict in self.catalog.conflicts():
            score = (
                weight.CONFLICT_NAMED
                if conflict.id in linked
                else self._conflict_score(conflict, words, linked, dates, placed)
            )
            if score >= weight.CONFLICT_ENOUGH:
                scores[conflict.id] = score
        if not scores:
            return []
        best = max(scores.values())
        return [key for key, value in scores.items() if value >= best - weight.TIE]
