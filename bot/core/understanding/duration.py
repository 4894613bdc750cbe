"""How long a membership step lasted: "did it come back?" then "and how long did that last?".

A step of a state's membership lasts until its next recorded step; the follow-up is answered as
the question about that next step (its date is where the duration ends).
"""

from __future__ import annotations

import itertools

from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.models import Country
from bot.core.language.lexicon import CUES, LEXICON
from bot.core.language.linking import Reading
from bot.core.understanding.intent import Intent

_HOW = LEXICON.words("how")
_LONG = LEXICON.words("duration")
_END = LEXICON.words("step_end")
_THAT = LEXICON.words("anaphora")
_HAPPENED = LEXICON.words("happenings_asked")
_AFTER = LEXICON.words("after")
# The membership step (knowledge schema value) each intent asks about, and back.
_STEP_OF = {
    Intent.MEMBER_JOINED: "joined",
    Intent.MEMBER_LEFT: "left",
    Intent.MEMBER_REJOINED: "rejoined",
    Intent.MEMBER_SUSPENDED: "suspended",
}
# The cue words that ask about each step, most specific first ("came back" before "came").
_CUED = (("return", "rejoined"), ("suspend", "suspended"), ("leave", "left"), ("join", "joined"))
_INTENT_OF = {
    "joined": Intent.MEMBER_JOINED,
    "left": Intent.MEMBER_LEFT,
    "rejoined": Intent.MEMBER_REJOINED,
    "suspended": Intent.MEMBER_SUSPENDED,
    "frozen": Intent.MEMBER_SUSPENDED,
}


def asks_duration(reading: Reading) -> bool:
    """'How long did that last', 'how long did it stay': "how" right before a duration word."""
    words = reading.corrected
    return any(a in _HOW and b in _LONG for a, b in itertools.pairwise(words))


def asks_step_end(reading: Reading) -> bool:
    """'How did that stint end', 'and what happened after that?': what ended the step in play,
    pointed at, not named."""
    words = set(reading.corrected)
    if _THAT.isdisjoint(words):
        return False
    return not _END.isdisjoint(words) or not (
        _HAPPENED.isdisjoint(words) or _AFTER.isdisjoint(words)
    )


def step_ending(
    catalog: Catalog, state: str, asked: Intent, words: tuple[str, ...]
) -> Intent | None:
    """The question about the step that ended the one asked last time (its intent, else the
    cue among its words: "when did it join" answered from the facts); None when none is."""
    country = catalog.entities.get(state)
    step = _STEP_OF.get(asked) or next(
        (steps for cue, steps in _CUED if not CUES[cue].isdisjoint(words)), None
    )
    if not isinstance(country, Country) or step is None:
        return None
    kinds = [event.event for event in country.membership if event.event in _INTENT_OF]
    after = [kind for index, kind in enumerate(kinds) if index and kinds[index - 1] == step]
    return _INTENT_OF[after[-1]] if after else None
