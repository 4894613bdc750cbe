"""The closed world of membership: who belongs to the organization, and to none other it knows."""

from __future__ import annotations

from bot.core.answering import confidence as score
from bot.core.language.lexicon import LEXICON, NOT_SPECIFIC, OFF_TOPIC, STOPWORDS
from bot.core.language.linking import Mention, Reading
from bot.core.language.reference import points_at_organization
from bot.core.language.temporal import is_date_word
from bot.core.loaded import LoadedKnowledge
from bot.core.understanding.intent import Intent
from bot.core.understanding.intents import MEMBER_WORDS
from bot.core.understanding.understand import Understanding

_MEMBERSHIP = LEXICON.words("asks_membership")
_STRONG_DOMAIN = LEXICON.words("domain_strong")
_CLAUSE_BREAKS = LEXICON.words("clause_breaks")


def strongly_in_domain(loaded: LoadedKnowledge, reading: Reading) -> bool:
    """A word only this domain uses ("summit", "peacekeepers"), with no sign of anything else.

    Unknown words beside it are the user's own wording, not another subject; off-topic words or
    another organization's acronym still mark the question as about something else.
    """
    words = set(reading.corrected)
    if words.isdisjoint(_STRONG_DOMAIN) or not words.isdisjoint(OFF_TOPIC):
        return False
    return words.isdisjoint(loaded.foreign)


def asks_membership(loaded: LoadedKnowledge, reading: Reading) -> bool:
    """'is Ukraine a member', 'Serbia in the ODKB?': membership words, or the organization's name
    with nothing else asked ("the CSTO's operation in Syria" asks about an operation)."""
    if reading.has_any(_MEMBERSHIP):
        return True
    names = loaded.linker.organization.names
    if not reading.has_any(names):
        return False
    named = {word for m in loaded.linker.external_countries(reading) for word in _span(reading, m)}
    named |= reading.named_words()
    asked = reading.content - names - named - MEMBER_WORDS
    return all(word.isdigit() or is_date_word(word) for word in asked)


def _span(reading: Reading, mention: Mention) -> tuple[str, ...]:
    return reading.corrected[mention.start : mention.end]


def other_organization(loaded: LoadedKnowledge, reading: Reading) -> bool:
    """'Is Armenia a member of NATO', 'is Russia in the EU': membership of another organization.

    The closed world ("X is not a member") holds for the organization's own records only. The
    other organization is a foreign acronym the facts use, or a word the bot does not know right
    after the membership word ("member of the EU").
    """
    if not asks_membership(loaded, reading) or _names_own(loaded, reading):
        return False
    words = reading.corrected
    if any(word in loaded.foreign for word in words):
        return True
    for index, word in enumerate(words):
        if word in _MEMBERSHIP:
            return _unknown_follows(loaded, words[index + 1 :])
    return False


def _names_own(loaded: LoadedKnowledge, reading: Reading) -> bool:
    """The organization is named, pointed at ("this thing", "the alliance"), or a word only its
    own affairs use is there ("the charter")."""
    if reading.has_any(loaded.linker.organization.names):
        return True
    return points_at_organization(
        reading.corrected, loaded.linker.vocabulary
    ) or strongly_in_domain(loaded, reading)


_BE = LEXICON.words("be_verbs")


def _unknown_follows(loaded: LoadedKnowledge, words: tuple[str, ...]) -> bool:
    """The first word after a membership word, in its clause, is one the bot does not know and
    no date ("joined the EU"; not "joined when", not "took part in the oct 2016 drill")."""
    for word in words:
        # "Their membership was untouchable": a verb of being after it says what the
        # membership is, not whose it is.
        if word in _CLAUSE_BREAKS or word in _BE:
            return False
        if word in STOPWORDS:
            continue
        return not (word in loaded.linker.vocabulary or word.isdigit() or is_date_word(word))
    return False


def other_membership_message(loaded: LoadedKnowledge) -> str:
    """Why membership of another organization is not answered."""
    org = loaded.catalog.organization.abbreviation
    return (
        f"I only know membership of the {org}: the fact base says nothing about who belongs "
        "to other organizations."
    )


def other_countries(
    loaded: LoadedKnowledge, reading: Reading, understanding: Understanding
) -> Understanding:
    """Closed world: a country the fact base does not hold, asked about, is not a member.

    Any other mention of such a country, with nothing of the fact base's named, is off topic.
    """
    if any(loaded.catalog.kinds[i] != "organization" for i in reading.ids()):
        return understanding
    dates = understanding.dates
    external = loaded.linker.external_countries(reading)
    if external and asks_membership(loaded, reading):
        return Understanding(Intent.MEMBER_CLOSED_WORLD, [], dates, external=external)
    if external:
        return Understanding(Intent.ABSTAIN, [], dates, certainty=score.NOTHING)
    # "Is there a clause for a country to leave?" asks whether a thing exists, not whether
    # something named is a member: the closed world does not judge it.
    is_named_a_member = reading.words[:1] in (("is",), ("are",)) and reading.words[1:2] != (
        "there",
    )
    if understanding.intent == "member.list" and is_named_a_member:
        # "is turkey a member?": a name the bot cannot place is still not a member.
        # In the question's order, not the content set's (hash-seeded): the first name asked.
        unknown = [
            w
            for w in reading.corrected
            if w in reading.content and w not in loaded.linker.vocabulary
        ]
        if not unknown and _names_a_non_state(loaded, reading):
            # "is tashkent a member?": a city (or anything known but a state) is no member,
            # and the member list does not answer the question.
            return Understanding(Intent.ABSTAIN, [], dates, certainty=score.NOTHING)
        if unknown:
            named = Mention(unknown[0].title(), 0, 0, score.UNPLACED_NAME, external=True)
            return Understanding(
                Intent.MEMBER_CLOSED_WORLD,
                [],
                dates,
                external=[named],
                certainty=score.UNPLACED_NAME,
            )
    return understanding


def _names_non_state_words(loaded: LoadedKnowledge, reading: Reading) -> set[str]:
    """The question's words beyond the organization, membership and dates."""
    names = loaded.linker.organization.names
    return {
        word
        for word in reading.content - names - MEMBER_WORDS - _MEMBERSHIP
        if not (word.isdigit() or is_date_word(word))
    }


def _names_a_non_state(loaded: LoadedKnowledge, reading: Reading) -> bool:
    """'is tashkent a member', 'is almaty in the csto': a city, or (asked of one thing) any
    word the bot knows that names no state."""
    words = _names_non_state_words(loaded, reading)
    if words & loaded.cities:
        return True
    return reading.words[:1] == ("is",) and bool(words - STOPWORDS - NOT_SPECIFIC)
