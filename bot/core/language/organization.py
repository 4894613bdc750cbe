"""The words the knowledge gives for the organization it is about: its short names, its chief."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bot.core.knowledge.models import Organization
from bot.core.language.normalize import tokens


@dataclass(frozen=True, slots=True)
class OrganizationWords:
    """One-word names of the organization ("csto", "odkb") and the words of its chief's title."""

    names: frozenset[str]
    chief: frozenset[str]
    chief_title: tuple[str, ...] = ()  # the chief's title in order ("secretary", "general")

    @classmethod
    def of(cls, organization: Organization) -> OrganizationWords:
        """Read them from the organization's record: abbreviation, one-word aliases, chief title."""
        return _read(organization.abbreviation, organization.aliases, organization.chief_officer)


@lru_cache(maxsize=8)
def _read(abbreviation: str, aliases: tuple[str, ...], chief: str | None) -> OrganizationWords:
    # Cached on the strings themselves: responders ask for these on every question.
    names = set(tokens(abbreviation))
    names |= {alias.casefold() for alias in aliases if len(tokens(alias)) == 1}
    title = tuple(tokens(chief or ""))
    return OrganizationWords(frozenset(names), frozenset(title), title)
