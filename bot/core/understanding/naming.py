"""Words of a follow-up that name the subject in play ("that assembly" after the Parliamentary
Assembly): marked as naming it, so they are not read as something new the question asks."""

from __future__ import annotations

from dataclasses import replace

from bot.core.answering import confidence as score
from bot.core.knowledge.catalog import Catalog
from bot.core.language.lexicon import LEXICON, STOPWORDS
from bot.core.language.linking import Mention, Reading, name_words
from bot.core.language.normalize import tokens

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
