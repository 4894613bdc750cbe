"""A question's signals: the lexicon's word sets it touches, and a few whole-question traits."""

from __future__ import annotations

import itertools

from bot.core.answering.check import asks_which_body
from bot.core.language.lexicon import CONFLICT_WORDS, CUES, LEXICON, ORG_WORDS, SUMMIT_WORDS
from bot.core.language.linking import Reading
from bot.core.language.organization import OrganizationWords
from bot.core.language.predicates import predicate_acts

# Words that say something about a question's subject: cue words, summit and conflict words.
ALL_CUES = frozenset(word for cue in CUES.values() for word in cue) | SUMMIT_WORDS | CONFLICT_WORDS
_NONE: frozenset[str] = frozenset()
_TAKING = LEXICON.words("part_taking")
_TAKEN = next(iter(LEXICON.words("part_taken")))
_PART = "part"
_GUESTS = "guests"
_NON_MEMBER = frozenset({("non", "member"), ("non", "members")})
_SHORT = 3  # content words of a question that asks for the bare overview ("what is the csto")
# "General" names the chief's post only beside another word of it ("secretary general", "the
# general secretary"); alone it is a rank ("which general headed the mission").

# The treaty the members are parties to: being "in" it is membership, as being in the CSTO is.
_TREATY = frozenset(["treaty"])
# "When exactly did it come back": words that sharpen the ask, standing for nothing themselves.
_SHARPENERS = LEXICON.words("who_fillers")
_TREATY_QUALIFIERS = frozenset(["collective", "security"])


_GROUP = LEXICON.words("group_reference")
_PARTITIVE = LEXICON.words("partitive")
_THINGS = LEXICON.words("object_pronouns")
_BARE_VERBS = LEXICON.words("light_verbs_done")
_OBJECT_PREPOSITIONS = LEXICON.words("object_prepositions")


def picks_from_group(reading: Reading) -> bool:
    """A group pronoun follows a word that picks among it ("either of them", "which of those"),
    not a verb acting on it ("who led them")."""
    words = reading.corrected
    return any(
        word in _GROUP and index > 0 and words[index - 1] in _PARTITIVE
        for index, word in enumerate(words)
    )


def _group_said_before(reading: Reading, org_words: frozenset[str]) -> bool:
    """A word of the question's own comes before its group pronoun and may be what it stands
    for ("the csto member list, all of them"), as it may before an object pronoun."""
    words = reading.corrected
    own = reading.content - org_words - _BARE_VERBS
    for index, word in enumerate(words):
        if word in _GROUP and index > 0 and words[index - 1] in _PARTITIVE:
            # The word picking among the group ("either of them") stands for none of it.
            return not own.isdisjoint(words[: index - 2])
    return False


def _object_pronoun(reading: Reading, org_words: frozenset[str]) -> bool:
    """A pronoun for a thing after a preposition that takes an object ("what did the CSTO do
    about it"), with nothing before it to stand for but the organization and question words:
    it stands for something asked before ("the January 2022 session - who asked for it" does
    not)."""
    words = reading.corrected
    for index, word in enumerate(words):
        if word in _THINGS and index > 0 and words[index - 1] in _OBJECT_PREPOSITIONS:
            return True
        if word in reading.content and word not in org_words | _BARE_VERBS | _OBJECT_PREPOSITIONS:
            return False  # a word of the question's own the pronoun may stand for
    return False


class SignalReader:
    """Finds the signals of a question; built once per knowledge (it knows the organization)."""

    def __init__(self, organization: OrganizationWords) -> None:
        self.org = organization
        self.org_words = ORG_WORDS | organization.names
        self._inside = LEXICON.words("inside")
        self._stopwords = LEXICON.words("stopwords")
        self._pronouns = LEXICON.words("pronouns")
        index: dict[str, set[str]] = {}
        for name in LEXICON.names():
            for word in LEXICON.words(name):
                index.setdefault(word, set()).add(name)
        # The chief officer's title says "secretary" in this organization's words; its other
        # words are too common alone ("which general headed the mission", "the UN General
        # Assembly"), so only its first word, the office's own, does.
        for word in organization.chief_title[:1]:
            index.setdefault(word, set()).add("secretary")
        self._index = {word: frozenset(names) for word, names in index.items()}

    def of(self, reading: Reading) -> frozenset[str]:
        """Every signal of the question, by name (see bot/core/understanding/intents.yaml)."""
        found: set[str] = set()
        words = reading.corrected
        for index, word in enumerate(words):
            # "Who took part": attending, not taking over the presidency.
            taking_part = word in _TAKING and words[index + 1 : index + 2] == (_PART,)
            found |= self._index.get(_TAKEN if taking_part else word, _NONE)
        # "A non-member president": a guest, written as two words (neither a cue alone).
        if any(pair in _NON_MEMBER for pair in itertools.pairwise(words)):
            found.add(_GUESTS)
        # "Uzb out when?", "when were the troops out": the particle says the act (leaving).
        for act in predicate_acts(words):
            found |= self._index.get(act, _NONE)
        if not self.org.names.isdisjoint(reading.corrected):
            found.add("organization")
        if self.in_organization(reading):
            found.add("in_organization")
        if self._pronoun_first(reading):
            found.add("pronoun_first")
        picks = picks_from_group(reading) and not _group_said_before(reading, self.org_words)
        if picks or _object_pronoun(reading, self.org_words):
            found.add("picks_from_group")
        if asks_which_body(reading.corrected):
            found.add("asks_which_body")  # "which group did it join": not the organization
        # A name of several words is one thing named: "what is the Collective Security Treaty
        # Organization" is as short as "what is the CSTO".
        own = reading.content - reading.named_words()
        named = 1 if len(own) < len(reading.content) else 0
        if len(own) + named <= _SHORT:
            found.add("short")
        if len(own) + named <= 1:
            found.add("one_word")
        if all(
            w in self.org_words or w in ALL_CUES for w in reading.content - reading.named_words()
        ):
            found.add("only_names")
        return frozenset(found)

    def _pronoun_first(self, reading: Reading) -> bool:
        """A pronoun comes before anything it could stand for ("when did it come back"), not
        after a thing the question names itself ("the rotating chair ... who had it before")."""
        for word in reading.corrected:
            if word in self._pronouns:
                return True
            if word in _SHARPENERS or word in ALL_CUES or word.isdigit():
                continue
            if word in reading.content:
                return False
        return False

    def in_organization(self, reading: Reading) -> bool:
        """'X in the csto?' / 'X in odkb' / 'X in the collective security treaty': membership
        asked without the word member."""
        names = self.org.names | _TREATY
        if names.isdisjoint(reading.corrected):
            return False
        words = [
            w
            for w in reading.corrected
            if (w not in self._stopwords or w in self._inside) and w not in _TREATY_QUALIFIERS
        ]
        return any(a in self._inside and b in names for a, b in itertools.pairwise(words))
