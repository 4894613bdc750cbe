"""Words of a follow-up that name the subject in play ("that assembly" after the Parliamentary
Assembly): marked as naming it, so they are not read as something new the question asks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.core.answering import confidence as score
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.language.lexicon import CUES, LEXICON, STOPWORDS
from bot.core.language.linking import Mention, Reading, name_words
from bot.core.language.normalize import tokens
from bot.core.understanding.memory import Topic
from bot.core.understanding.steps import STEPS_ASKED

# Pronouns that stand for a state in play ("which summits has it hosted"): a list narrowed by a
# party reads its parties off the question's links.
_STATE_PRONOUNS = LEXICON.words("neuter_pronouns") | LEXICON.words("plural_pronouns")


def name_in_play(reading: Reading, subject: str, catalog: Catalog) -> Reading:
    """The reading with each unlinked word of the subject's own name (and, for a state, each
    pronoun standing for it) linked to the subject."""
    if subject not in catalog.entities:
        return reading
    own = name_words(catalog, subject) - STOPWORDS
    own -= set(tokens(catalog.name(catalog.organization.id)))
    taken = {i for m in reading.mentions for i in range(m.start, m.end)}
    if catalog.kinds.get(subject) == "country":
        own |= _STATE_PRONOUNS
    added = [
        Mention(subject, index, index + 1, score.LINK_EXACT)
        for index, word in enumerate(reading.corrected)
        if word in own and index not in taken
    ]
    return replace(reading, mentions=(*reading.mentions, *added)) if added else reading


def city_as_state(
    reading: Reading, subjects: Sequence[str], host_of_city: Callable[[str], str | None]
) -> Reading:
    """'When did Minsk join the treaty': a city read as the state that hosted its sessions, when
    that state is what the question was understood to ask about, is linked to it; so the city is
    a name of the subject, not a word a fact must share (a fact of the Minsk summit)."""
    linked = set(reading.ids())
    taken = {i for m in reading.mentions for i in range(m.start, m.end)}
    added = [
        Mention(host, index, index + 1, score.LINK_EXACT)
        for index, word in enumerate(reading.corrected)
        if index not in taken
        and (host := host_of_city(word)) is not None
        and host in subjects
        and host not in linked
    ]
    return replace(reading, mentions=(*reading.mentions, *added)) if added else reading


# "According to Moscow", "according to the Kremlin": the source a question asks the claim of.
_ACCORDING = ("according", "to")


def source_named(words: tuple[str, ...]) -> int | None:
    """Where the source named by "according to" stands ("according to the Russians": the
    index of "russians"), if the question names one."""
    for index in range(len(words) - 2):
        if words[index : index + 2] == _ACCORDING:
            start = index + 2
            return start + 1 if words[start] in STOPWORDS and start + 1 < len(words) else start
    return None


def source_city_as_state(reading: Reading, host_of_city: Callable[[str], str | None]) -> Reading:
    """'According to Moscow': the city named as a claim's source is read as its state, whose
    name it is there, not a place a fact must name."""
    at = source_named(reading.corrected)
    taken = {i for m in reading.mentions for i in range(m.start, m.end)}
    if at is None or at in taken or (host := host_of_city(reading.corrected[at])) is None:
        return reading
    return replace(
        reading, mentions=(*reading.mentions, Mention(host, at, at + 1, score.LINK_EXACT))
    )


_THERE = LEXICON.words("at_event")
_SUMMIT_KIND = "summit"  # knowledge schema kind


def there_in_play(reading: Reading, memory: Topic | None, catalog: Catalog) -> Reading:
    """'Who got named secretary general there' after one summit: "there" links to that summit,
    so the question is read as asked of it (a state named, or a list in play, leaves it alone)."""
    if memory is None or not memory.events or memory.group or memory.lines:
        return reading
    summit = _one_summit(memory, catalog)
    if summit is None or memory.entities[:1] != (summit,):
        return reading
    kinds = {catalog.kinds.get(i) for i in reading.ids()}
    if kinds & {_SUMMIT_KIND, "country"}:
        return reading
    taken = {i for m in reading.mentions for i in range(m.start, m.end)}
    added = [
        Mention(summit, index, index + 1, score.LINK_EXACT)
        for index, word in enumerate(reading.corrected)
        if word in _THERE and index not in taken
    ]
    return replace(reading, mentions=(*reading.mentions, *added)) if added else reading


def _one_summit(memory: Topic, catalog: Catalog) -> str | None:
    """The one summit in play: the only one, or the only one held at the time asked."""
    summits = [e for e in memory.entities if catalog.kinds.get(e) == _SUMMIT_KIND]
    if len(summits) > 1 and memory.date_asked and memory.date is not None:
        asked = memory.date
        summits = [s for s in summits if held_at(catalog, s, asked)]
    return summits[0] if len(summits) == 1 else None


def held_at(catalog: Catalog, summit: str, asked: PartialDate) -> bool:
    """True when the summit was held within the time asked (a year, a month, a day)."""
    held = getattr(catalog.entities.get(summit), "date", None)
    if not isinstance(held, PartialDate):
        return False
    return asked.first_day <= held.first_day and held.last_day <= asked.last_day


_POSSESSIVE = LEXICON.words("possessive_pronouns")
_OF_STATE = LEXICON.words("of_his_state")


def his_state_in_play(reading: Reading, memory: Topic | None, catalog: Catalog) -> Reading:
    """'Did his foreign minister back that up?' after Pashinyan: "his" before a word of a state's
    own (its minister, its government) links to the person's state, so the question is read as
    asked of that state's minister, not of the person himself."""
    if memory is None or not memory.entities or reading.ids():
        return reading
    person = catalog.entities.get(memory.entities[0])
    state = getattr(person, "country", None)
    if catalog.kinds.get(memory.entities[0]) != "person" or state not in catalog.entities:
        return reading
    words = reading.corrected
    at = [
        index
        for index, word in enumerate(words[:-1])
        if word in _POSSESSIVE and words[index + 1] in _OF_STATE
    ]
    if not at:
        return reading
    # The pronoun gives way to the state's name: "his" no longer asks after the person.
    name = tokens(catalog.name(state))[-1]
    corrected = tuple(name if index in at else word for index, word in enumerate(words))
    added = tuple(Mention(state, index, index + 1, score.LINK_EXACT) for index in at)
    return replace(reading, corrected=corrected, mentions=(*reading.mentions, *added))


def capital_as_state(reading: Reading, catalog: Catalog, memory: Topic | None) -> Reading:
    """'Tashkent's membership', 'Baku's complaint': a capital named as the owner (a possessive)
    stands for its state, and is linked to it, as does one doing something ("did Baku leave");
    a capital named as a place ("the Minsk summit", "visited Baku") is left alone. Asked with
    a subject in play, `city_as_state` reads it."""
    if memory is not None:
        return reading
    capitals = LEXICON.capitals
    taken = {i for m in reading.mentions for i in range(m.start, m.end)}
    linked = set(reading.ids())
    owned = reading.original.casefold().replace("\u2019", "'")
    states = {country.name.casefold(): country.id for country in catalog.countries()}
    added = [
        Mention(state, index, index + 1, score.LINK_EXACT)
        for index, word in enumerate(reading.corrected)
        if (state := states.get(capitals.get(word, ""))) is not None
        and index not in taken
        and state not in linked
        and (f"{word}'s" in owned or _takes_a_step(reading.corrected, index))
    ]
    return replace(reading, mentions=(*reading.mentions, *added)) if added else reading


# "Did Baku bail on the alliance", "when did Tashkent come back": a capital right after the
# auxiliary of a question, before a step into or out of the treaty, is the state taking it
# ("did Bishkek want ..." is left to the facts, which may name the city itself).
_DOER_AUXILIARIES = frozenset(["did", "does", "do", "has", "have", "had", "didnt", "hasnt"])
_STEPS = frozenset().union(*(CUES[cue] for cue in STEPS_ASKED))
_SAYING = CUES["said"] | CUES["refusal"] | LEXICON.words("consenting")
_STEP_REACH = 2  # "did Baku bail on", "did Tashkent come back": the step right after


def _takes_a_step(words: tuple[str, ...], index: int) -> bool:
    """The word at `index` follows a question's auxiliary and comes before a membership step,
    or before a word of saying, agreeing or refusing ("when did Yerevan say it would not pay",
    "did Yerevan agree to host"): a capital that speaks speaks for its state."""
    doer = index > 0 and words[index - 1] in _DOER_AUXILIARIES
    if not doer:
        return False
    after = words[index + 1 : index + 1 + _STEP_REACH]
    return not _SAYING.isdisjoint(after[:1]) or not _STEPS.isdisjoint(after)
