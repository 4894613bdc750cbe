"""'Who was its leader then' after a state: the person in play who led that state.

The facts just given may name a state's president ("Lukashenko boycotted the 2009 summit"); a
follow-up asking for "its" leader means that person, told by the fact that named them.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.answering import confidence as score
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Role
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Mention, Reading, name_words
from bot.core.language.normalize import tokens
from bot.core.understanding.intent import Intent
from bot.core.understanding.memory import Topic, said_words
from bot.core.understanding.understand import Understanding

_ASKED = LEXICON.words("state_leader_asked")
_ITS = LEXICON.words("state_pronouns")
_TITLES = LEXICON.words("state_leader_titles")
_WHO = LEXICON.words("who")
# Kinds whose naming makes "its" another's, not the state in play's (knowledge schema kinds).
_NAMED_OWN = frozenset(["country", "person"])


def state_leader(
    catalog: Catalog, reading: Reading, dates: list[PartialDate], memory: Topic | None
) -> Understanding | None:
    """The one person in play holding a post that leads the state in play, asked as "its
    leader"; the fact just given that names them is found again."""
    if memory is None or not (reading.has_any(_ASKED) and reading.has_any(_ITS)):
        return None
    named = [i for i in reading.ids() if catalog.kinds.get(i) != "organization"]
    if named or not reading.has_any(_WHO):
        return None  # a state or person named: the ordinary reading asks of them
    states = [e for e in memory.entities if catalog.kinds.get(e) == "country"]
    if not states:
        return None
    in_play = (*memory.entities, *_named_in_said(catalog, memory.said))
    leaders = list(dict.fromkeys(e for e in in_play if _leads(catalog, e, states[0])))
    if len(leaders) != 1:
        return None
    names = name_words(catalog, leaders[0])
    facts = [text for text in memory.said if names & set(tokens(text))]
    carried = said_words(facts[0]) if len(facts) == 1 else ()
    return Understanding(
        Intent.FACTS_SEARCH if carried else Intent.PERSON_OVERVIEW,
        leaders,
        dates,
        certainty=score.FOLLOW_UP,
        from_memory=True,
        carried=carried,
        refound=bool(carried),
    )


def _leads(catalog: Catalog, person: str, state: str) -> bool:
    """The person held a post leading the state (its president, its prime minister)."""
    if catalog.kinds.get(person) != "person":
        return False
    roles = getattr(catalog.entities.get(person), "roles", ())
    return any(leads_state(role, state) for role in roles)


def leads_state(role: Role, state: str) -> bool:
    """The role is a post leading the state: its president or its prime minister."""
    return (
        role.country == state
        and role.body is None
        and not _TITLES.isdisjoint(tokens(role.title)[:1])
    )


def _named_in_said(catalog: Catalog, said: tuple[str, ...]) -> list[str]:
    """The people the facts just given name by surname ("Lukashenko boycotted ..."), though the
    answer listed only the summits they were at."""
    words = {word for text in said for word in tokens(text)}
    people = [e for e, kind in catalog.kinds.items() if kind == "person"]
    return [p for p in people if not words.isdisjoint(tokens(catalog.name(p))[-1:])]


def leader_in_play(reading: Reading, memory: Topic | None, catalog: Catalog) -> Reading:
    """'What did its leader say there' after Belarus took over the presidency: "its leader" is
    the one person who then led the state in play, linked in its place (his name written for
    it), so the question is read as asked of him; unchanged when no one such person is known."""
    if memory is None or memory.date is None:
        return reading
    if any(catalog.kinds.get(i) in _NAMED_OWN for i in reading.ids()):
        return reading  # a state or a person named: "its" is not the one in play
    words = reading.corrected
    at = [
        index
        for index, word in enumerate(words[:-1])
        if word in _ITS and words[index + 1] in _ASKED
    ]
    states = [e for e in memory.entities if catalog.kinds.get(e) == "country"]
    if len(at) != 1 or not states:
        return reading
    day = memory.date
    leaders = [
        person
        for person, kind in catalog.kinds.items()
        if kind == "person" and _led_then(catalog, person, states[0], day)
    ]
    if len(leaders) != 1:
        return reading
    index = at[0]
    name = tokens(catalog.name(leaders[0]))[-1]
    # The pronoun and the post give way to his surname; the links after them move back one.
    corrected = (*words[:index], name, *words[index + 2 :])
    kept = tuple(
        m if m.start < index else replace(m, start=m.start - 1, end=m.end - 1)
        for m in reading.mentions
    )
    mention = Mention(leaders[0], index, index + 1, score.LINK_EXACT)
    return replace(reading, corrected=corrected, mentions=(*kept, mention))


def _led_then(catalog: Catalog, person: str, state: str, date: PartialDate) -> bool:
    """The person held a post leading the state over the whole of the date."""
    roles = getattr(catalog.entities.get(person), "roles", ())
    return any(
        role.country == state
        and role.body is None
        and not role.acting
        and not _TITLES.isdisjoint(tokens(role.title)[:1])
        and (role.start is None or role.start.first_day <= date.first_day)
        and (role.end is None or date.last_day <= role.end.last_day)
        for role in roles
    )
