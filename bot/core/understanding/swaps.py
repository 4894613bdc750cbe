"""'What about X?': the last question asked anew of X, not X's overview.

A bare "what about the charter?" (or "and the charter?") after "where was the treaty signed?"
swaps the thing of the same kind in the last question for the one named ("where was the charter
signed?"). Its opening words ask nothing of their own: once a follow-up carries the last
question's words, they are dropped.
"""

from __future__ import annotations

from bot.core.language.lexicon import LEXICON, STOPWORDS
from bot.core.language.linking import Linker, Reading
from bot.core.understanding.memory import Topic

# Nouns that stand in for one another in the same question (the organization's documents).
_KINDS = (LEXICON.words("own_documents"),)
_OPENERS = LEXICON.words("leaning_openers")


def swapped_question(reading: Reading, topic: Topic | None, linker: Linker) -> str | None:
    """The last question with its noun of the kind named swapped for this one's, or None when
    the question is no bare "what about <noun>?" or the last one has no noun of that kind."""
    rest = _after_leaning(reading) or _after_opener(reading)
    if topic is None or rest is None or reading.mentions or not topic.question:
        return None
    own = [word for word in rest if word not in STOPWORDS]
    if len(own) != 1:
        return None
    noun = own[0]
    kind = next((words for words in _KINDS if noun in words), None)
    if kind is None:
        return None
    last = linker.read(topic.question)
    words = list(last.corrected)
    at = [index for index, word in enumerate(words) if word in kind]
    if len(at) != 1 or words[at[0]] == noun:
        return None
    # "The CSTO charter" names one thing: the whole name gives way, not its last word.
    start, end = next(
        ((m.start, m.end) for m in last.mentions if m.start <= at[0] < m.end), (at[0], at[0] + 1)
    )
    opened = 0
    while opened < start and words[opened] in _OPENERS:
        opened += 1  # "and where was it signed": the opener leaned on the question before
    return " ".join([*words[opened:start], noun, *words[end:]])


def past_leaning(reading: Reading, linker: Linker) -> Reading:
    """The question without its "what about" opening, read anew; as it was without one."""
    rest = _after_leaning(reading)
    return linker.read(" ".join(rest)) if rest else reading


def _after_opener(reading: Reading) -> tuple[str, ...] | None:
    """The words after a one-word opening ("and the charter?"), or None without one: a bare
    noun after "and" asks the last question of it as "what about" does."""
    words = reading.corrected
    return words[1:] if len(words) > 1 and words[0] in _OPENERS else None


def _after_leaning(reading: Reading) -> tuple[str, ...] | None:
    """The words after a "what about" opening, or None when the question opens otherwise."""
    words = reading.corrected
    if tuple(words[:2]) in LEXICON.leaning_phrases:
        return words[2:]
    return None
