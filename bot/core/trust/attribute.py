"""The attribute a question asks that an answer never states, and how to say so."""

from __future__ import annotations

from itertools import pairwise

from bot.core.answering.check import (
    asks_other_body,
    attribute_stems,
    attribute_words,
    counted_thing,
    other_organizations,
    qualified_document,
    speaks_of_other_body,
    synonym_stems,
)
from bot.core.answering.enumerated import counts_states, enumerates_states
from bot.core.answering.respond import Request
from bot.core.answering.respond.search import stated
from bot.core.answering.retrieval import stem, stems
from bot.core.answering.statements import counted_in_one_statement
from bot.core.api import Answer
from bot.core.language.lexicon import CONFLICT_NOUNS, LEXICON
from bot.core.language.normalize import tokens
from bot.core.language.organization import OrganizationWords
from bot.core.understanding.rule_asked import rule_acts

_FIRST_PERSON = frozenset(["i", "we"])


def unstated_attribute(request: Request, answer: Answer) -> str | None:
    """The first attribute the question asks ("birthday", "deputy") that the answer never states.

    A subject's overview or record answers what it states; asked an attribute it never mentions
    (by stem or paraphrase), it does not answer, however well it matches the subject.
    """
    attributes = attribute_words()
    said = stems(stated(answer))
    words = request.reading.corrected
    # "Both were 1993 I think": the asker's own hedge, not a view asked of anyone.
    hedges = {word for before, word in pairwise(("", *words)) if before in _FIRST_PERSON}
    hedges -= {word for before, word in pairwise(("", *words)) if before not in _FIRST_PERSON}
    # The user's own words too: a correction may fold "officials" into a fact's "official".
    for word in dict.fromkeys((*words, *request.reading.words)):
        if word in attributes and word not in hedges and not attribute_stems(word) & said:
            return word
    # "How did the EU react": another organization's affairs, unless the answer names it too.
    spoken = f" {' '.join(tokens(stated(answer)))} "
    # "Can a member also join NATO": a rule on joining other alliances speaks of NATO too.
    of_others = bool(rule_acts(request.reading)) and speaks_of_other_body(stated(answer))
    for other in other_organizations(request.reading.words):
        if not of_others and not any(f" {name} " in spoken for name in other):
            return other[0]
    # "Could Kazakhstan join another military bloc": a record of its own membership says nothing
    # of the other organization, unless the answer names one or speaks of other ones.
    if asks_other_body(request.reading.corrected) and not speaks_of_other_body(stated(answer)):
        return "another organization"
    # "How many CSTO peacekeepers": a group's own word counts it though it names the force too.
    named = frozenset(request.reading.named_words()) - CONFLICT_NOUNS
    counted = counted_thing(words, named | _organization_words(request))
    # "How many countries signed it": a fact listing the states by name counts them too.
    listed = counted is not None and counts_states(request) and enumerates_states(request, answer)
    if (
        counted is not None
        and not listed
        and not counted_in_one_statement(request, answer, counted)
    ):
        return counted
    return _unmet_qualifier(words, said) or _unmet_post_attribute(words, stated(answer))


def _unmet_qualifier(words: tuple[str, ...], said: frozenset[str]) -> str | None:
    """ "Their final border treaty": an answer that never calls its document final (a
    ceasefire protocol) does not answer, however well the rest matches."""
    qualified = qualified_document(words)
    if qualified is None or attribute_stems(qualified[0]) & said:
        return None
    return " ".join(qualified)


def _unmet_post_attribute(words: tuple[str, ...], text: str) -> str | None:
    """ "The deputy secretary general": asked an attribute of a post, an answer that states the
    attribute only of another post ("a deputy foreign minister") does not answer."""
    for attribute, post in pairwise(words):
        if attribute not in attribute_words() or post not in _QUALIFIED_POSTS:
            continue
        said = [stem(word) for word in tokens(text)]
        kin, post_stems = attribute_stems(attribute), synonym_stems(post)
        if not any(a in kin and b in post_stems for a, b in pairwise(said)):
            return f"{attribute} {post}"
    return None


_QUALIFIED_POSTS = LEXICON.words("qualified_post_nouns")


def _organization_words(request: Request) -> frozenset[str]:
    """The words of the organization's names ("csto peacekeepers" counts peacekeepers), and the
    common nouns it goes by ("the alliance's peacekeeping force" counts the force)."""
    return frozenset(OrganizationWords.of(request.catalog.organization).names) | _ORG_NOUNS


# Not "treaty": "how many treaties" counts documents.
_ORG_NOUNS = LEXICON.words("org_words") - {"treaty"}


def no_attribute_message(request: Request, attribute: str) -> str:
    """Say what no fact found states, about whom, and that the suggestions are what is known."""
    catalog = request.catalog
    org = catalog.organization
    subjects = [s for s in request.understanding.subjects if s != org.id]
    about = f" about {catalog.entities[subjects[0]].name}" if subjects else ""
    # A thing counted ("how many soldiers were killed") may be spoken of without being counted.
    counted = attribute not in attribute_words() and request.reading.has("count")
    says = (
        f'gives the number of "{attribute}" asked' if counted else f'says anything on "{attribute}"'
    )
    return (
        f"No fact I found in the {org.abbreviation} fact base{about} {says}, so I won't guess. "
        "It can tell you about these instead:"
    )
