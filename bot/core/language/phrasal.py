"""Phrasal verbs read as the one verb the facts use: "called off" as "cancelled"."""

from __future__ import annotations

from itertools import pairwise

from bot.core.language.lexicon import LEXICON

_PHRASAL = LEXICON.phrasal_verbs
_WHERE_MOTION = LEXICON.words("where_motion")
_MOTION_PARTICLES = LEXICON.words("motion_particles")
_WHERE = "where"
# "Called it off", "pulled them out": a pronoun may stand between a verb and its particle.
_BETWEEN = LEXICON.words("object_pronouns")
_MOTION = "travelling"


def one_verb(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words with each phrasal verb's verb replaced by its one-word reading (the particle
    stays, so positions do not move): "was called off" reads "was cancelled off", and "called
    it off" reads "cancelled it off"."""
    if len(words) < 2:
        return words
    read = list(words)
    for index, pair in enumerate(pairwise(words)):
        verb = _PHRASAL.get(pair)
        if verb is None and pair[1] in _BETWEEN and index + 2 < len(words):
            verb = _PHRASAL.get((pair[0], words[index + 2]))
        if verb is not None:
            read[index] = verb
        elif pair[0] in _WHERE_MOTION and pair[1] in _MOTION_PARTICLES and _WHERE in words[:index]:
            read[index] = _MOTION  # "where did he head after the summit"
    if words[-1] in _WHERE_MOTION and _WHERE in words:
        read[-1] = _MOTION  # "where did Putin head?"
    return tuple(read)
