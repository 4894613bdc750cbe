"""A claim that a person did something ("Nazarbayev asked the CSTO for troops in January 2022,
yes?"), which the facts tell of someone else: asked who did it, and corrected when the fact
found names another person and not the one claimed."""

from __future__ import annotations

from dataclasses import replace

from bot.core.api import Answer
from bot.core.asking import MAX_QUESTION_CHARS, Asking
from bot.core.loaded import LoadedKnowledge
from bot.core.understanding.claims import claim_words, puts_up_claim
from bot.core.understanding.intent import Intent

_PERSON = "person"
_SHORTEST_ACT = 2  # "asked for troops": a verb and what it is of


def doer_checked(asking: Asking, loaded: LoadedKnowledge, question: str) -> Answer | None:
    """The fact of the act, led by "No" when it names another person than the one claimed;
    None when the question claims no person's act, or the fact does not settle who did it."""
    clipped = question[:MAX_QUESTION_CHARS]
    if not puts_up_claim(clipped):
        return None
    words = claim_words(clipped)
    reading = loaded.linker.read(" ".join(words))
    kinds = loaded.catalog.kinds
    people = [m for m in reading.mentions if kinds.get(m.entity_id) == _PERSON]
    # The claimed doer opens the claim ("Nazarbayev asked ...", "did Nazarbayev ask ..."):
    # a person named later is what the act was about, not who did it.
    if len(people) != 1 or people[0].start > 1:
        return None
    claimed = people[0]
    act = reading.words[claimed.end :]
    if len(act) < _SHORTEST_ACT:
        return None
    found, _ = asking.aside(lambda scratch: asking.one(loaded, f"who {' '.join(act)}?", scratch))
    if not found.answered or not found.facts or found.intent != Intent.FACTS_SEARCH:
        return None  # an office's record names its holder then, not who did an act
    lead = loaded.linker.read(found.facts[0].text)
    doers = {m.entity_id for m in lead.mentions if kinds.get(m.entity_id) == _PERSON}
    if claimed.entity_id in doers or len(doers) != 1:
        return None  # the claim may hold, or the fact does not say who did it
    other = loaded.catalog.name(doers.pop())
    name = loaded.catalog.name(claimed.entity_id)
    verdict = f"No: the facts name {other}, not {name}."
    return replace(found, question=clipped, text=f"{verdict} {found.text}")


def doer_over_overview(
    asking: Asking, loaded: LoadedKnowledge, question: str, found: Answer
) -> Answer | None:
    """A claim of a person's act answered only by who the person is ("Putin requested CSTO help
    for Kazakhstan, right?" given Putin's overview): the act checked instead, if it settles who
    did it."""
    if found.intent != Intent.PERSON_OVERVIEW:
        return None
    return doer_checked(asking, loaded, question)
