"""A question asking the bot's own view or advice ("should X leave, in your view?"): the fact
base records what happened and what sources said, so it is no question to answer."""

from __future__ import annotations

from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Reading

_NOUNS = LEXICON.words("opinion_nouns")
_YOUR = LEXICON.words("owner_you")
_ADVICE = LEXICON.words("advice_openers")
# "Your honest opinion": the view noun may follow "your" after one word of its own.
_REACH = 2
_JUDGEMENTS = LEXICON.words("judgements")
# "The right to leave": a noun after its article, no judgement.
_ARTICLES = LEXICON.words("judgement_nouns")
_WORTH = LEXICON.words("worth_judgements")
_WORTH_WORDS = LEXICON.words("worth_words")
_YES_NO = LEXICON.words("yes_no_openers")
_COMPARATIVES = LEXICON.words("worth_comparatives")
_DEGREES = LEXICON.words("degree_words")
_QUALITIES = LEXICON.words("worth_qualities")
_THAN = LEXICON.words("comparison_word")
_SUPERLATIVES = LEXICON.words("worth_superlatives")
_RANKING = LEXICON.words("ranking_degrees")
_RATING = LEXICON.words("rating_verbs")
_SCALES = LEXICON.words("rating_scales")


def asks_opinion(reading: Reading) -> bool:
    """The question asks for the bot's view ("your opinion", "in your view"), a judgement of an
    act ("was it right to"), or advice (it opens with "should")."""
    words = reading.corrected
    if words and words[0] in _ADVICE:
        return True
    judged = _judges(words) or _weighs_worth(words) or _compares_worth(words)
    if judged or _ranks_worth(words) or _asks_mark(words):
        return True
    return any(
        word in _YOUR and not _NOUNS.isdisjoint(words[index + 1 : index + 1 + _REACH])
        for index, word in enumerate(words)
    )


def _judges(words: tuple[str, ...]) -> bool:
    """A judgement is asked of an act ("was it right not to send troops", "wrong to freeze",
    "right for the CSTO to send troops")."""
    for index, word in enumerate(words[1:], start=1):
        if word not in _JUDGEMENTS or words[index - 1] in _ARTICLES:
            continue
        after = words[index + 1 : index + 3]
        if after[:1] == ("to",) or after == ("not", "to"):
            return True
        # "Right for the CSTO to ...": the actor named between the judgement and its act.
        if after[:1] == ("for",) and "to" in words[index + 2 : index + 2 + _ACTOR_WORDS + 1]:
            return True
    return False


def _weighs_worth(words: tuple[str, ...]) -> bool:
    """A yes-no question weighs worth ("is the CSTO good for Central Asia", "was it worth it");
    "how long was the treaty good for" asks a term instead."""
    if not words or words[0] not in _YES_NO:
        return False
    if not _WORTH_WORDS.isdisjoint(words):
        return True
    return any(
        word in _WORTH and words[index + 1 : index + 2] == ("for",)
        for index, word in enumerate(words[1:], start=1)
    )


def _compares_worth(words: tuple[str, ...]) -> bool:
    """A comparison of worth is asked ("is the CSTO a more effective alliance than NATO", "is
    it stronger than NATO"): the fact base records no such judgement."""
    for index, word in enumerate(words):
        weighs = word in _COMPARATIVES or (
            word in _DEGREES
            and words[index + 1 : index + 2] != ()
            and words[index + 1] in _QUALITIES
        )
        # The compared one follows "than" ("better alliance than NATO").
        if weighs and not _THAN.isdisjoint(words[index + 1 :]):
            return True
    return False


def _ranks_worth(words: tuple[str, ...]) -> bool:
    """A ranking of worth is asked ("which member has the best army", "the most effective
    force"): the fact base ranks none by worth."""
    return any(
        word in _SUPERLATIVES
        or (
            word in _RANKING
            and words[index + 1 : index + 2] != ()
            and words[index + 1] in _QUALITIES
        )
        for index, word in enumerate(words)
    )


def _asks_mark(words: tuple[str, ...]) -> bool:
    """A mark is asked of the bot ("how would you rate his handling", "out of ten, how would you
    mark it"): the fact base gives no marks."""
    for index, word in enumerate(words):
        if word in _RATING and "you" in words[max(0, index - _REACH) : index]:
            return True
        if words[index : index + 2] == ("out", "of") and not _SCALES.isdisjoint(
            words[index + 2 : index + 3]
        ):
            return True
    return False


# How many words may name the actor in "right for <actor> to" ("the CSTO", "the Russian troops").
_ACTOR_WORDS = 4
