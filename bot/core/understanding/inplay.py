"""Follow-ups about the items of a list just given: "which one of them was from Armenia?".

A list answer names people or states; they stay in play for the next question. A question that
points back at them as a group and names something else is about the items related to it.
"""

from __future__ import annotations

from bot.core.answering import confidence as score
from bot.core.answering.retrieval import stem, stems
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Country, MembershipEvent
from bot.core.language.lexicon import LEXICON, PLACE_WORDS, STOPWORDS, SUMMIT_WORDS
from bot.core.language.linking import Linker, Reading
from bot.core.understanding.intent import Intent
from bot.core.understanding.memory import Topic
from bot.core.understanding.signals import picks_from_group
from bot.core.understanding.steps import step_events, steps_asked
from bot.core.understanding.understand import Understander, Understanding, place_picked

# The membership steps a list of states is about ("the former members": those who left), and
# the relation asked of one of them by a "when" naming no step ("when did the last of those go").
_LIST_STEPS = {
    Intent.MEMBER_FORMER: (frozenset(["left", "suspended"]), Intent.MEMBER_LEFT),
    Intent.MEMBER_REJOINED: (frozenset(["rejoined"]), Intent.MEMBER_REJOINED),
}
# Kinds a list's items can be that a follow-up may single out (knowledge schema kinds).
_ITEM_KINDS = frozenset(["person", "country"])
_FOUNDERS = LEXICON.words("founders")
_NEGATIONS = LEXICON.words("negations")
# "The first one of them", "the last one of those": an end of the list just given.
_FIRST = LEXICON.words("first")
_LAST = LEXICON.words("last_of_list")
_PERSONAL = LEXICON.words("personal_pronouns")
# Words saying a post was taken up ("who became secretary general in May 2017").
_TOOK_UP = LEXICON.words("took_up")
_PICKS_ONE = LEXICON.words("picks_one")
# Words that point or pick, not what the picked item did.
_POINTING = _PICKS_ONE | LEXICON.words("group_reference") | LEXICON.words("anaphora")
# Nouns for events: "the clashes the year before - when did those begin" points at them.
_EVENT_NOUNS = LEXICON.words("conflict_nouns") | SUMMIT_WORDS
_YES_NO = LEXICON.words("yes_no_openers")
_MEMBERS_NOW = frozenset(["member", "member-frozen"])
_MEMBER_NOUNS = frozenset(["member", "members", "membership"])
_STILL = frozenset(["now", "still", "anymore", "longer", "today", "currently"])


class InPlay:
    """Keeps the items of a list answer and resolves questions that pick among them."""

    def __init__(self, catalog: Catalog, linker: Linker, understander: Understander) -> None:
        self.catalog = catalog
        self.linker = linker
        self.understander = understander

    def listed(self, lines: tuple[str, ...], own: tuple[str, ...]) -> tuple[str, ...]:
        """The people and states a list's lines name, besides the question's own subjects."""
        found: list[str] = []
        for line in lines:
            for entity_id in self.linker.read(line).ids():
                kind = self.catalog.kinds.get(entity_id)
                if kind in _ITEM_KINDS and entity_id not in own and entity_id not in found:
                    found.append(entity_id)
        return tuple(found)

    def _line_items(self, lines: tuple[str, ...]) -> tuple[str, ...]:
        """The person or state each line of a list is about: the first it names."""
        found: list[str] = []
        for line in lines:
            items = [
                i for i in self.linker.read(line).ids() if self.catalog.kinds.get(i) in _ITEM_KINDS
            ]
            found.extend(items[:1])
        return tuple(found)

    def understand(
        self, reading: Reading, dates: list[PartialDate], memory: Topic | None
    ) -> Understanding | None:
        """'Which one of them was from Armenia': the one listed item the named thing points to."""
        if memory is None:
            return None
        return self._listed_person(reading, dates, memory) or self._picked(reading, dates, memory)

    def _picked(
        self, reading: Reading, dates: list[PartialDate], memory: Topic
    ) -> Understanding | None:
        """The listed item a question pointing back at the list as a group singles out."""
        if not reading.has("group_reference"):
            return self._one_of_list(reading, dates, memory)
        picked = (
            self._by_position(reading, dates, memory)
            or self._by_step(reading, dates, memory)
            or self._by_facts(reading, dates, memory)
        )
        if picked is not None:
            return picked
        each = self._each(reading, dates, memory)
        if each is not None or not memory.lines:
            return each
        return self._by_relation(reading, dates, memory)

    def _by_relation(
        self, reading: Reading, dates: list[PartialDate], memory: Topic
    ) -> Understanding | None:
        """'Which of them was from Armenia', 'the armenian one': the one listed item related to
        a thing the question names (a person of that state, or who held a post for it)."""
        listed = self.listed(memory.lines, memory.entities)
        kinds = self.catalog.kinds
        named = {i for i in reading.ids() if i not in listed and kinds[i] != "organization"}
        if not named:
            return None
        matching = [item for item in listed if self._related(item, named)]
        if len(matching) != 1:
            return None  # none, or several: the ordinary reading (or asking back) does better
        item = matching[0]
        intent = self.understander.intents.intent_for(self.catalog.kinds[item], reading, dates)
        return Understanding(intent, [item], dates, certainty=score.FOLLOW_UP, from_memory=True)

    def _one_of_list(
        self, reading: Reading, dates: list[PartialDate], memory: Topic
    ) -> Understanding | None:
        """'The most recent one', 'which one was recalled': one of the list still in play, by
        its place or by what its facts say."""
        if not reading.has("one_of_list") and not _bare_pick(reading):
            return None
        return (
            self._by_position(reading, dates, memory)
            or self._by_facts(reading, dates, memory)
            or (self._by_relation(reading, dates, memory) if memory.lines else None)
        )

    def _by_facts(
        self, reading: Reading, dates: list[PartialDate], memory: Topic
    ) -> Understanding | None:
        """'Which one was recalled by his own country': the one listed item whose facts say a
        word of the question that no other item's facts say."""
        if not reading.has_any(_PICKS_ONE) or any(
            self.catalog.kinds.get(i) != "organization" for i in reading.ids()
        ):
            return None
        if reading.has("group_reference") and not picks_from_group(reading):
            # "Who led them?" after a deployment: the group is what was led, and the one asked
            # for need not be one of the list's items.
            return None
        items = self.listed(memory.lines, ()) if memory.lines else memory.group
        if len(items) < 2:
            return None
        asked = {stem(word) for word in reading.content - STOPWORDS - _POINTING}
        said = {
            item: asked & set().union(*(stems(f.fact.text) for f in self.catalog.related(item)))
            for item in items
        }
        distinct = [
            item
            for item in items
            if said[item] - set().union(*(said[other] for other in items if other != item))
        ]
        if len(distinct) != 1:
            return None  # none, or several each with a word of its own: a guess
        kind = self.catalog.kinds[distinct[0]]
        intent = self.understander.intents.intent_for(kind, reading, dates)
        return Understanding(intent, distinct, dates, certainty=score.FOLLOW_UP, from_memory=True)

    def _each(
        self, reading: Reading, dates: list[PartialDate], memory: Topic
    ) -> Understanding | None:
        """'When did they leave' after the former members: "they" are the listed items, and a
        relation of their kind is asked of each one (picking one out is another question)."""
        if reading.has_any(_PICKS_ONE) or reading.has_any(_EVENT_NOUNS):
            return None  # one picked, or the pronoun stands for the events the question names
        kinds = self.catalog.kinds
        if any(kinds.get(i) != "organization" for i in reading.ids()):
            return None  # something named: the question is about it, not about the list
        items = memory.group or self.listed(memory.lines, ())
        kind = kinds.get(items[0]) if items else None
        same = [item for item in items if kinds.get(item) == kind]
        if kind not in _ITEM_KINDS or not 2 <= len(same) <= score.EACH_MAX:
            return None
        intent = self.understander.intents.intent_for(kind, reading, dates)
        if intent == Intent.FACTS_SEARCH or intent.value.endswith(".overview"):
            return None  # no relation of theirs asked: "what did they do" is not about each
        return Understanding(
            Intent.CLARIFY,
            [],
            dates,
            candidates=same,
            certainty=score.FOLLOW_UP,
            asked=intent,
            from_memory=True,
        )

    def _listed_person(
        self, reading: Reading, dates: list[PartialDate], memory: Topic
    ) -> Understanding | None:
        """'Which country was he from' after a list of office holders: "he" is the one person
        the list named; with several, which one is asked back."""
        kinds = self.catalog.kinds
        if not memory.lines or not reading.has_any(_PERSONAL):
            return None
        if any(kinds.get(e) == "person" for e in memory.entities):
            return None  # a person in play already: the ordinary reading finds him
        people = [e for e in self.listed(memory.lines, ()) if kinds.get(e) == "person"]
        if not people:
            return None
        intent = self.understander.intents.intent_for("person", reading, dates)
        if len(people) > 1 and memory.date is not None and _TOOK_UP.intersection(memory.words):
            # "Who became secretary general in May 2017": the one whose post began then.
            began = [p for p in people if self._began_in(p, memory.date)]
            # An acting holder stands in for the post and does not become it: of several whose
            # post began then, the one who took it up in full is meant.
            full = [p for p in began if self._began_in(p, memory.date, acting=False)]
            began = full if len(began) > 1 and len(full) == 1 else began
            people = began if len(began) == 1 else people
        if len(people) == 1:
            return Understanding(intent, people, dates, certainty=score.FOLLOW_UP, from_memory=True)
        picked = self._by_facts(reading, dates, memory) or self._by_relation(reading, dates, memory)
        if picked is not None:
            return picked  # "which one was recalled", "the belarusian one": the one it fits
        return Understanding(
            Intent.CLARIFY, [], dates, candidates=people, certainty=score.ASKS_BACK, asked=intent
        )

    def _began_in(self, person: str, date: PartialDate, acting: bool | None = None) -> bool:
        """A post of the person's began within the date (a month or a year); with `acting`
        False, a post held in full, not as a stand-in."""
        roles = getattr(self.catalog.entities.get(person), "roles", ())
        return any(
            role.start is not None
            and date.first_day <= role.start.first_day <= date.last_day
            and (acting is None or role.acting == acting)
            for role in roles
        )

    def _by_position(
        self, reading: Reading, dates: list[PartialDate], memory: Topic
    ) -> Understanding | None:
        """'Who chaired the last one of those', 'and the second one?': the subject just listed
        at that place (first, last, or counted)."""
        first, last = reading.has_any(_FIRST), reading.has_any(_LAST)
        kinds = self.catalog.kinds
        listed = memory.group or memory.entities
        kind = kinds.get(listed[0]) if listed else None
        same = [e for e in listed if kinds.get(e) == kind]
        if len(same) < 2 and not memory.group:
            kind, same = _several_of_one_kind(listed, kinds)
        if len(same) < 2 and memory.lines:
            # "List the secretaries general", then "the third one": the one its third line
            # names (a holder listed twice is counted at each of his lines).
            kind, same = _several_of_one_kind(self._line_items(memory.lines), kinds)
        if len(same) < 2 or kind is None:
            return None
        place = place_picked(reading.corrected) if first == last else None
        if place is not None and place > 1:
            return self._at_place(reading, dates, same, place, kind, last=memory.intent)
        if first == last:
            return None
        # "Did the first of those sign later?" asks whether the first listed took the step;
        # "when did the last of those go" picks the last to take it.
        if kind == "country" and not _asks_yes_no(reading):
            in_time = self._by_step_order(reading, dates, memory, same, first)
            if in_time is not None:
                return in_time
        item = same[0] if first else same[-1]
        intent = self.understander.intents.intent_for(kind, reading, dates)
        return Understanding(intent, [item], dates, certainty=score.FOLLOW_UP, from_memory=True)

    def _at_place(
        self,
        reading: Reading,
        dates: list[PartialDate],
        same: list[str],
        place: int,
        kind: str,
        *,
        last: Intent,
    ) -> Understanding | None:
        """The listed item at a counted place ("the second one"); none past the list's end. A
        bare "and the third?" asks it what the last question asked of the one before it."""
        if place > len(same):
            return None
        intents = self.understander.intents
        again = _bare_pick(reading) and intents.belongs(kind, last)
        intent = last if again else intents.intent_for(kind, reading, dates)
        return Understanding(
            intent, [same[place - 1]], dates, certainty=score.FOLLOW_UP, from_memory=True
        )

    def _by_step_order(
        self,
        reading: Reading,
        dates: list[PartialDate],
        memory: Topic,
        states: list[str],
        first: bool,
    ) -> Understanding | None:
        """'When did the last of those go' after the former members: the first or last state to
        take the membership step asked (or the step the list was about), by its date, not by
        its place in the list; with a tie, which one is asked back."""
        asked = steps_asked(reading)
        listed = _LIST_STEPS.get(memory.intent)
        if asked is None and (listed is None or not reading.has("when")):
            return None
        steps = asked or (listed[0] if listed else frozenset())
        taken = {s: [e.date for e in self._events(s, steps)] for s in states}
        if not all(taken.values()):
            return None  # a state without the step: its order is not known
        ends = {s: (min if first else max)(d, key=lambda d: d.first_day) for s, d in taken.items()}
        pick = (min if first else max)(ends.values(), key=lambda d: d.first_day)
        chosen = [s for s in states if ends[s] == pick]
        intent = self.understander.intents.intent_for("country", reading, dates)
        if listed is not None and asked is None and intent == Intent.FACTS_SEARCH:
            intent = listed[1]  # "when did the last of those go": the list's own step, asked
        if len(chosen) > 1:
            return Understanding(
                Intent.CLARIFY,
                [],
                dates,
                candidates=chosen,
                certainty=score.ASKS_BACK,
                asked=intent,
            )
        return Understanding(intent, chosen, dates, certainty=score.FOLLOW_UP, from_memory=True)

    def _events(self, state: str, steps: frozenset[str]) -> list[MembershipEvent]:
        """The state's recorded membership events of those steps."""
        country = self.catalog.entities.get(state)
        return step_events(country, steps) if isinstance(country, Country) else []

    def _by_step(
        self, reading: Reading, dates: list[PartialDate], memory: Topic
    ) -> Understanding | None:
        """'Which one of those came back later', 'which of them wasn't an original signatory':
        the one listed state whose membership took (or did not take) the step asked."""
        wanted = self._steps_wanted(reading)
        if wanted is None and not _asks_standing(reading):
            return None
        kinds = self.catalog.kinds
        states = [e for e in self.listed(memory.lines, ()) if kinds.get(e) == "country"]
        states = states or [e for e in memory.group if kinds.get(e) == "country"]
        states = states or [e for e in memory.entities if kinds.get(e) == "country"]
        # "Who signed the treaty in Tashkent?" answered in a sentence naming the signers: the
        # states its facts name are the ones "those" points at.
        states = states or [e for e in self.listed(memory.said, ()) if kinds.get(e) == "country"]
        if len(states) < 2:
            return None
        negated = reading.has_any(_NEGATIONS)
        if wanted is None:  # "which of those isn't a member now": their standing today
            matching = [s for s in states if self._a_member(s) != negated]
        else:
            matching = [s for s in states if self._took(s, wanted) != negated]
        if len(matching) != 1:
            return None  # none, or several: the ordinary reading does better
        intent = self.understander.intents.intent_for("country", reading, dates)
        return Understanding(intent, matching, dates, certainty=score.FOLLOW_UP, from_memory=True)

    def _a_member(self, state: str) -> bool:
        """The state is a member today, if only in form (a frozen participation)."""
        country = self.catalog.entities[state]
        return isinstance(country, Country) and country.status.value in _MEMBERS_NOW

    def _steps_wanted(self, reading: Reading) -> frozenset[str] | None:
        """The membership steps the question asks about ("founding" for the original ones)."""
        if reading.has_any(_FOUNDERS):
            return frozenset(["founding"])
        return steps_asked(reading)

    def _took(self, state: str, steps: frozenset[str]) -> bool:
        """The state's membership records one of the steps (or it joined on the first day)."""
        country = self.catalog.entities[state]
        events = country.membership if isinstance(country, Country) else ()
        if "founding" in steps:
            first = events[0] if events else None
            return first is not None and first.event == "joined" and first.date == self._founding()
        return any(event.event in steps for event in events)

    def _founding(self) -> PartialDate | None:
        """The day the first state joined: the original signatories' day."""
        days = [
            country.membership[0].date
            for country in self.catalog.countries()
            if country.membership and country.membership[0].event == "joined"
        ]
        return min(days, key=lambda day: day.first_day) if days else None

    def _related(self, item: str, named: set[str]) -> bool:
        """The item is from a named state, or held a post for it."""
        entity = self.catalog.entities[item]
        countries = {getattr(entity, "country", None)}
        countries |= {role.country for role in getattr(entity, "roles", ())}
        return not countries.isdisjoint(named)


def _several_of_one_kind(
    subjects: tuple[str, ...], kinds: dict[str, str]
) -> tuple[str | None, list[str]]:
    """The subjects of the one kind an answer named several of ("which members didn't sign its
    agreement": the agreement leads, the two states are what "the first of those" picks from);
    none when no kind, or more than one, has several."""
    by_kind: dict[str, list[str]] = {}
    for subject in subjects:
        by_kind.setdefault(kinds.get(subject, ""), []).append(subject)
    several = [(kind, same) for kind, same in by_kind.items() if kind and len(same) > 1]
    return several[0] if len(several) == 1 else (None, [])


def _bare_pick(reading: Reading) -> bool:
    """'And the third?': an item picked by its place, with nothing else asked."""
    return place_picked(reading.corrected) is not None and reading.content <= PLACE_WORDS


def _asks_standing(reading: Reading) -> bool:
    """'Which of those isn't a member now': nothing but a state's membership today is asked."""
    words = set(reading.content) - STOPWORDS - _POINTING - _NEGATIONS - _STILL
    return bool(words) and words <= _MEMBER_NOUNS


def _asks_yes_no(reading: Reading) -> bool:
    """The question opens with an auxiliary ("did the first of those sign later?")."""
    return bool(reading.corrected) and reading.corrected[0] in _YES_NO
