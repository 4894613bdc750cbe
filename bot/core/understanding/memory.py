"""What each conversation was last about, so "and when did it leave?" resolves."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.core.answering.retrieval import stem, stems
from bot.core.knowledge.dates import PartialDate
from bot.core.language.lexicon import STOPWORDS, SYNONYMS
from bot.core.language.normalize import tokens
from bot.core.understanding.intent import Intent


@dataclass(frozen=True, slots=True)
class Topic:
    """The subject of the last answered question in a conversation."""

    entities: tuple[str, ...]
    intent: Intent
    date: PartialDate | None = None
    words: tuple[str, ...] = ()  # what the question asked beyond its cue words
    lines: tuple[str, ...] = ()  # a list answer's items, linked only if a follow-up asks
    events: tuple[str, ...] = ()  # the summits and conflicts in play, kept while others are asked
    group: tuple[str, ...] = ()  # the last list's items, kept while follow-ups pick among them
    said: tuple[str, ...] = ()  # the texts of the facts the answer gave, and its disputes' topics
    date_asked: bool = False  # the date is one a question gave, kept by its follow-ups
    question: str = ""  # the question as read ("what about the charter?" asks it anew)


def events_in_play(
    subjects: tuple[str, ...], kinds: dict[str, str], previous: Topic | None
) -> tuple[str, ...]:
    """The summits and conflicts among the subjects, else those the last topic kept in play;
    of the subjects', those already in play first (an answer naming the event asked about among
    others keeps it the one in play)."""
    kept = previous.events if previous is not None else ()
    own = tuple(s for s in subjects if kinds.get(s) in _EVENT_KINDS)
    return tuple(sorted(own, key=lambda event: event not in kept)) or kept


def group_in_play(
    subjects: tuple[str, ...], kinds: dict[str, str], previous: Topic | None
) -> tuple[str, ...]:
    """A list's items (two or more of one kind leading the subjects, after the organization whose
    list it is), or, while questions pick one of them ("the first one", "why did Azerbaijan
    go"), the list the last topic kept."""
    items = tuple(s for s in subjects if kinds.get(s) != _ORGANIZATION)
    kind = kinds.get(items[0]) if items else None
    same = tuple(s for s in items if kinds.get(s) == kind)
    if len(same) > 1:
        return same
    kept = previous.group if previous is not None else ()
    # Naming an item keeps its list, asked as a follow-up or by its name.
    return kept if subjects and subjects[0] in kept else ()


def time_in_play(
    dates: list[PartialDate], asks_when: bool, answered: tuple[str | None, ...]
) -> PartialDate | None:
    """The time a later "then" means: the question's own date, else, when it asked when, the
    date of the fact its answer led with ("when did Armenia freeze ..." then "who led it then")."""
    if dates:
        return dates[0]
    lead = answered[0] if answered else None
    return PartialDate.parse(lead) if asks_when and lead else None


def fact_in_play(texts: tuple[str, ...], asked: tuple[str, ...]) -> str | None:
    """The one fact of the answer that best says what was asked: a bare "and what year?" next
    asks it. None when several say it as well (which one's year would be a guess)."""
    best = facts_in_play(texts, asked)
    return best[0] if len(best) == 1 else None


def facts_in_play(texts: tuple[str, ...], asked: tuple[str, ...]) -> tuple[str, ...]:
    """The facts of the answer that say most of what was asked (several on a tie), none when
    no fact says any of it or more tie than one answer shows."""
    wanted = {stem(word) for word in asked}
    said = [(len(wanted & stems(text)), text) for text in texts]
    top = max((count for count, _ in said), default=0)
    best = tuple(text for count, text in said if count == top and (top or len(said) == 1))
    return best if len(best) <= _FACTS_SHOWN else ()


def said_words(text: str) -> tuple[str, ...]:
    """A fact's own words, by which a search finds it again."""
    return tuple(dict.fromkeys(w for w in tokens(text) if w not in STOPWORDS and w.isalpha()))


def fact_saying(texts: tuple[str, ...], words: frozenset[str]) -> str | None:
    """The one fact that says every one of the words ("who announced it" after "... Lukashenko
    announced it"); None when none or several do."""
    found = [text for text in texts if all(_says(text, word) for word in words)]
    return found[0] if words and len(found) == 1 else None


def _says(text: str, word: str) -> bool:
    """The fact says the word, or one of its synonyms ("refused": "did not")."""
    if stem(word) in stems(text):
        return True
    said = set(tokens(text))
    return any(other in said or stem(other) in stems(text) for other in SYNONYMS.get(word, ()))


def shared_words(texts: tuple[str, ...]) -> tuple[str, ...]:
    """The words every one of the facts says (by stem), in the first one's order."""
    common = set.intersection(*({stem(w) for w in said_words(text)} for text in texts))
    return tuple(word for word in said_words(texts[0]) if stem(word) in common)


def aside(topic: Topic, previous: Topic | None, organization: str, kinds: dict[str, str]) -> Topic:
    """A question at the time in play ("who was secretary general then?") is a step aside: its
    answer's people lead ("what country is he from?" asks the holder), what was in play stays in
    play behind them, and the rest the aside named (the chairing state, a summit it cited) comes
    last: "when did they pull out?" still asks of the deployment in play. The organization,
    there only as the office's owner, gives way."""
    if previous is None:
        return topic
    own = [e for e in topic.entities if e != organization]
    people = (e for e in own if kinds.get(e) == _PERSON)
    held = set(previous.events)
    rest = (e for e in own if kinds.get(e) != _PERSON and kinds.get(e) not in _EVENT_KINDS)
    cited = (e for e in own if kinds.get(e) in _EVENT_KINDS and e not in held)
    entities = tuple(dict.fromkeys((*people, *previous.entities, *rest, *cited)))
    words = tuple(dict.fromkeys((*previous.words, *topic.words)))
    return replace(topic, entities=entities, words=words, events=previous.events or topic.events)


# An answer shows this many facts at most: more tied facts could not all be given again.
_FACTS_SHOWN = 3

# Kinds of subject that are events a later question may time itself by (knowledge schema kinds).
_EVENT_KINDS = frozenset(["summit", "conflict"])
_ORGANIZATION = "organization"
_PERSON = "person"


class ConversationMemory:
    """Last topic per conversation key, forgotten after `ttl` seconds or when `capacity` is full."""

    def __init__(
        self,
        ttl: float = 900.0,
        capacity: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = ttl
        self._capacity = capacity
        self._clock = clock
        self._items: OrderedDict[str, tuple[float, Topic]] = OrderedDict()
        self._lock = threading.Lock()  # adapters may answer from several threads

    def recall(self, key: str | None) -> Topic | None:
        """The conversation's last topic, if it is recent enough."""
        if key is None:
            return None
        with self._lock:
            entry = self._items.get(key)
            if entry is None:
                return None
            stamp, topic = entry
            if self._clock() - stamp > self._ttl:
                del self._items[key]
                return None
            return topic

    def remember(self, key: str | None, topic: Topic) -> None:
        """Store the conversation's topic, evicting the least recently used beyond capacity."""
        if key is None:
            return
        with self._lock:
            self._items[key] = (self._clock(), topic)
            self._items.move_to_end(key)
            while len(self._items) > self._capacity:
                self._items.popitem(last=False)

    def forget(self, key: str | None) -> None:
        """Drop the conversation's topic (a scratch conversation that has served its turn)."""
        if key is None:
            return
        with self._lock:
            self._items.pop(key, None)

    def __len__(self) -> int:
        return len(self._items)
