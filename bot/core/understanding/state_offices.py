"""A state's own office asked by its title ("Kazakhstan's president", "the prime minister of
Armenia in 2020"): the people whose recorded role is that title of that state, held then.

The CSTO's rotating presidency is also called "the presidency of Armenia"; a state's president
is not it, and neither is another state's official quoted on the events.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Role
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Reading
from bot.core.language.normalize import tokens

_OF = "of"
_LEADING = LEXICON.words("leading_posts")


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

    def holders(self, office: StateOffice, date: PartialDate | None) -> list[Holding]:
        """Who the records say held the post at the date; without a date, whoever holds it with
        no recorded end, the most recently recorded first."""
        holdings = self._holdings.get(office, [])
        if date is None:
            current = [held for held in holdings if held.role.end is None]
            return sorted(current, key=_recorded, reverse=True)[:1]
        return [held for held in holdings if _held_at(held.role, date)]

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


def _held_at(role: Role, date: PartialDate) -> bool:
    """The record shows the role held at the date: begun (or held as of) by its end, and not
    ended (or still held as of) before its start. A role known only as of a later date is not
    known to have been held earlier."""
    began = role.start or role.as_of
    lasted = role.end or role.as_of
    if began is None or lasted is None:
        return False
    return began.first_day <= date.last_day and lasted.last_day >= date.first_day
