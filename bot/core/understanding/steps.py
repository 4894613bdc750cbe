"""Which membership steps a question's cue words ask about ("came back" asks for a return)."""

from __future__ import annotations

from bot.core.knowledge.models import Country, MembershipEvent
from bot.core.language.linking import Reading

# The membership steps (knowledge schema values) each cue of the lexicon asks about.
STEPS_ASKED = {
    "return": frozenset(["rejoined"]),
    "suspend": frozenset(["suspended", "frozen"]),
    "leave": frozenset(["left", "suspended"]),
    "join": frozenset(["joined"]),
}


def steps_asked(reading: Reading) -> frozenset[str] | None:
    """The membership steps the question's cue words ask about, if any."""
    for cue, steps in STEPS_ASKED.items():
        if reading.has(cue):
            return steps
    return None


def step_events(country: Country, steps: frozenset[str]) -> list[MembershipEvent]:
    """The country's recorded membership events of those steps, in date order."""
    return [event for event in country.membership if event.event in steps]
