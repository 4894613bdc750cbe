"""A state's own office asked by its title ("Kazakhstan's president", "the prime minister of
Armenia in 2020"): the people whose recorded role is that title of that state, held then.

The CSTO's rotating presidency is also called "the presidency of Armenia"; a state's president
is not it, and neither is another state's official quoted on the events.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.answering.select import held_on
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Role
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Reading
from bot.core.language.normalize import tokens

_OF = "of"
_LEADING = LEXICON.words("leading_posts")
_LEADS = LEXICON.words("leader")
# What may follow the state when its leader is asked ("who led Armenia in 2021", "... at the
# summit"); anything else makes the state a possessor or an object of something else ("who led
# Armenia's delegation", "who led Armenia to freeze").
_TIME_AFTER = LEXICON.words("time_after_state")


@dataclass(frozen=True, slots=True)
class StateOffice:
    """A post of one state, by the words of its title without the state ("prime minister")."""

    country: str
    title: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Holding:
    """A person's recorded role in a state's post."""

    person: str
    role: Role


class StateOffices:
    """The states' posts the people's records hold, and who held each when."""

    def __init__(self, catalog: Catalog) -> None:
        self._kinds = catalog.kinds
        self._holdings: dict[StateOffice, list[Holding]] = {}
        for person in catalog.people():
            for role in person.roles:
                office = _office(catalog, role)
                if office is not None:
                    self._holdings.setdefault(office, []).append(Holding(person.id, role))

    def asked(self, reading: Reading) -> StateOffice | None:
        """The state's post the question names: "<state> <title>" or "<title> of <state>"."""
        said = reading.corrected
        for mention in reading.mentions:
            if self._kinds.get(mention.entity_id) != "country":
                continue
            for office in self._holdings:
                if office.country != mention.entity_id:
                    continue
                size = len(office.title)
                after = tuple(said[mention.end : mention.end + size])
                before = mention.start - 1
                titled = before >= size and said[before] == _OF
                if after == office.title or (
                    titled and tuple(said[before - size : before]) == office.title
                ):
                    return office
        return None

    def led(self, reading: Reading) -> str | None:
        """The state whose leader a "who" question asks by a verb of leading: "who led Armenia
        in 2021", "who was in charge of Kazakhstan". One state named, and no one else."""
        said = reading.corrected
        if "who" not in said or len(set(reading.ids())) != 1:
            return None
        mention = reading.mentions[0]
        if self._kinds.get(mention.entity_id) != "country":
            return None
        before = said[: mention.start]
        verb = before[-1:] if before[-1:] != (_OF,) else before[-2:-1]
        after = said[mention.end : mention.end + 1]
        if not verb or verb[0] not in _LEADS or (after and after[0] not in _TIME_AFTER):
            return None
        return mention.entity_id

    def holders(self, office: StateOffice, date: PartialDate | None) -> list[Holding]:
        """Who the records say held the post at the date (a term with no recorded end still
        runs: a date after today is the future, which is declined before this is asked);
        without a date, whoever holds it with no recorded end, the most recently recorded."""
        holdings = self._holdings.get(office, [])
        if date is None:
            current = [held for held in holdings if held.role.end is None]
            return sorted(current, key=_recorded, reverse=True)[:1]
        return [held for held in holdings if held_on(held.role, date)]

    def leaders(self, country: str, date: PartialDate | None) -> list[Holding]:
        """Who held one of the state's leading posts (president, prime minister) at the date."""
        return [
            held
            for office in self._holdings
            if office.country == country and set(office.title) <= _LEADING
            for held in self.holders(office, date)
        ]


def _office(catalog: Catalog, role: Role) -> StateOffice | None:
    """The state's post a role is, when its title ends "of <that state's name>"."""
    if role.country is None or catalog.kinds.get(role.country) != "country":
        return None
    words = tuple(tokens(role.title))
    state = tuple(tokens(catalog.name(role.country)))
    size = len(state)
    if len(words) <= size + 1 or words[-size:] != state or words[-size - 1] != _OF:
        return None
    return StateOffice(role.country, words[: -size - 1])


def _recorded(held: Holding) -> tuple[int, ...]:
    """When a holding is last known to hold: its start, or the date it held as of."""
    known = held.role.as_of or held.role.start
    return (known.first_day.toordinal(),) if known else (0,)
