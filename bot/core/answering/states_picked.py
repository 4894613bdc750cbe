"""Questions that pick states ("which states signed it"), and texts that name one."""

from __future__ import annotations

from bot.core.knowledge.catalog import Catalog
from bot.core.language.lexicon import LEXICON, STOPWORDS
from bot.core.language.normalize import tokens

_STATES_ASKED = LEXICON.words("states_asked")
_PICKERS = frozenset({"which", "what", "whichever"})
_WHOLE = frozenset({"all", "every", "each", "none"})
_QUALIFIERS = 2  # "which [member] [former] states": words that may qualify the noun


def asks_which_states(words: tuple[str, ...]) -> bool:
    """ "Which states", "what member countries": a noun for states just after a picker, with
    nothing but its qualifiers between."""
    for index, word in enumerate(words):
        if word not in _PICKERS:
            continue
        for following in words[index + 1 : index + _QUALIFIERS + 2]:
            if following in _STATES_ASKED:
                return True
            if following in STOPWORDS:
                break
    return False


def names_a_state(catalog: Catalog, text: str) -> bool:
    """The text names a state by its own name ("Armenia"), not its aliases' words (the CSTO's
    "Russian name" names no state), or all of them at once ("all six members")."""
    words = frozenset(tokens(text))
    if not words.isdisjoint(_WHOLE):
        return True
    said = words - STOPWORDS
    return any(not said.isdisjoint(tokens(country.name)) for country in catalog.countries())
