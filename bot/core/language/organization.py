"""The words the knowledge gives for the organization it is about: its short names, its chief."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.knowledge.models import Organization
from bot.core.language.normalize import tokens


@dataclass(frozen=True, slots=True)
class OrganizationWords:
    """One-word names of the organization ("csto", "odkb") and the words of its chief's title."""

    names: frozenset[str]
    chief: frozenset[str]

    @classmethod
    def of(cls, organization: Organization) -> OrganizationWords:
        """Read them from the organization's record: abbreviation, one-word aliases, chief title."""
        names = set(tokens(organization.abbreviation))
        names |= {alias.casefold() for alias in organization.aliases if len(tokens(alias)) == 1}
        return cls(frozenset(names), frozenset(tokens(organization.chief_officer or "")))
