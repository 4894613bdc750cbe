"""What a person did: "what did he do before the CSTO", "what did he go on to do after 2016".

"Do" as the main verb of a what-question asks an activity, a career; it asks no holder of a post
("who came before him") and no record of the post itself. The "did" right after a question word
is only the auxiliary ("what did Zas say" asks what he said).
"""

from __future__ import annotations

from bot.core.language.lexicon import LEXICON

_DOING = LEXICON.words("doing")
_WHAT = LEXICON.words("what")
_INTERROGATIVES = LEXICON.words("interrogatives")
_EDGES = LEXICON.words("outside_edges")


def asks_doing(words: tuple[str, ...]) -> bool:
    """A what-question whose main verb is "do" ("what did he do", "what has he done since")."""
    if _WHAT.isdisjoint(words):
        return False
    return any(
        word in _DOING and (index == 0 or words[index - 1] not in _INTERROGATIVES)
        for index, word in enumerate(words)
    )


def asks_doing_outside(words: tuple[str, ...]) -> bool:
    """What someone did before or after a time or post ("before the csto", "after he left")."""
    return asks_doing(words) and not _EDGES.isdisjoint(words)
