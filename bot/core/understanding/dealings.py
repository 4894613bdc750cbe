"""The organization's dealings with another one, asked in chat without naming it ("un observer
status year"): the other organization's acronym with words that one of the organization's own
facts says together with it."""

from __future__ import annotations

from bot.core.answering.retrieval import stem, stems
from bot.core.knowledge.catalog import Catalog
from bot.core.language.lexicon import LEXICON, NOT_SPECIFIC, STOPWORDS
from bot.core.language.linking import Reading
from bot.core.language.temporal import is_date_word

# Question words and generic asks say what kind of answer is wanted, not what it is about.
_ASKING = LEXICON.words("question_words") | NOT_SPECIFIC | STOPWORDS
# One word beside the acronym is too little to tell a dealing from a question about the other
# organization itself ("un chief").
_MIN_WORDS = 2


class Dealings:
    """The word stems of each fact that names another organization by its acronym."""

    def __init__(self, catalog: Catalog, foreign: frozenset[str]) -> None:
        self._foreign = foreign
        self._facts: list[frozenset[str]] = []
        for items in catalog.facts_of.values():
            for item in items:
                said = stems(item.fact.text)
                if not said.isdisjoint(stem(word) for word in foreign):
                    self._facts.append(said)

    def told(self, reading: Reading) -> bool:
        """The question names another organization and every other word it asks about is said
        with that name in one of the organization's facts."""
        words = set(reading.corrected)
        named = words & self._foreign
        if not named:
            return False
        asked = {
            stem(word)
            for word in words - named - _ASKING
            if not (word.isdigit() or is_date_word(word))
        }
        if len(asked) < _MIN_WORDS:
            return False
        acronyms = {stem(word) for word in named}
        return any(acronyms <= said and asked <= said for said in self._facts)
