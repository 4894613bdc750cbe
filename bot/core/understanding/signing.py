"""A state's signing of the agreement in play: "did belarus sign it straight away?" after the
rapid reaction force was asked about, "did it sign later?" after a state that stayed out of it.

A question about a state's signing that names no document of its own is not about the state's
membership of the treaty when something else the state signed (or refused to) is in play: the
state's own facts about that thing, in date order, tell whether it signed at once or later.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.answering.retrieval import stem, stems
from bot.core.knowledge.catalog import Catalog, FactItem
from bot.core.language.lexicon import LEXICON, SYNONYMS
from bot.core.language.linking import Reading
from bot.core.understanding.intent import Intent
from bot.core.understanding.memory import Topic
from bot.core.understanding.understand import Understanding

# The words of a signing or joining, in the question and in the facts ("joined the agreement");
# not the join cue's "became" or "original", which ask after the membership itself.
_SIGNED_STEMS = frozenset(stem(word) for word in ("sign", "join", *SYNONYMS.get("sign", ())))
_OWN_DOCUMENTS = LEXICON.words("own_documents")
# The kind of thing a state signs on its own, beside its treaty membership: a body's founding
# agreement (knowledge schema kind). Summits and conflicts are where or why it signed, not what.
_SIGNED_KINDS = frozenset(["body"])
# An answer shows this many of the state's facts about the thing at most.
_SHOWN = 3


def signing_in_play(
    catalog: Catalog, reading: Reading, understanding: Understanding, topic: Topic | None
) -> Understanding:
    """The understanding, asked instead of the one state's facts about the thing in play that it
    signed or stayed out of, when the question asks about its signing and names no document."""
    signed = signed_in_play(catalog, reading, understanding, topic)
    state = understanding.subjects[0] if signed is not None else None
    if signed is None:
        state, signed = _state_in_play_signed(catalog, reading, topic) or (None, None)
    if state is None or signed is None:
        return understanding
    return replace(
        understanding, intent=Intent.FACTS_SEARCH, subjects=[state, signed], signed=signed
    )


def signed_in_play(
    catalog: Catalog, reading: Reading, understanding: Understanding, topic: Topic | None
) -> str | None:
    """The body in play (its founding agreement) about which the question's
    one state has facts of signing or joining; None when the question is not of that kind."""
    if topic is None or reading.has_any(_OWN_DOCUMENTS):
        return None
    # "What about Belarus?" after who signed the force's agreement: naming only the state, it
    # asks what the last question's words asked.
    bare = understanding.from_memory and reading.content <= reading.named_words()
    said = (*reading.corrected, *(understanding.carried if bare else ()))
    if not _SIGNED_STEMS.intersection(stem(word) for word in said):
        return None
    kinds = catalog.kinds
    if any(kinds.get(named) != "country" for named in reading.ids()):
        return None  # a document, body or the organization named: the question says what
    if len(understanding.subjects) != 1 or kinds.get(understanding.subjects[0]) != "country":
        return None
    state = understanding.subjects[0]
    for thing in dict.fromkeys((*topic.entities, *topic.events)):
        if kinds.get(thing) in _SIGNED_KINDS and signing_facts(catalog, state, thing):
            return thing
    return None


_YES_NO = LEXICON.words("yes_no_openers")
# "Did it sign ...", "did they join ...": a pronoun as the one who signs.
_AGENT_PRONOUNS = frozenset(["it", "they"])


def _state_in_play_signed(
    catalog: Catalog, reading: Reading, topic: Topic | None
) -> tuple[str, str] | None:
    """ "Did it sign the rapid reaction force agreement?" after a question about Belarus: the
    state in play is the one who signs ("it" opens the clause), and the body named is what was
    signed; None unless the state has facts of signing or refusing it."""
    words = reading.corrected
    if topic is None or len(words) < 3 or words[0] not in _YES_NO:
        return None
    if words[1] not in _AGENT_PRONOUNS or not _SIGNED_STEMS.intersection(map(stem, words)):
        return None
    kinds = catalog.kinds
    named = reading.ids()
    states = [e for e in topic.entities if kinds.get(e) == "country"]
    if len(named) != 1 or kinds.get(named[0]) not in _SIGNED_KINDS or len(states) != 1:
        return None
    if not signing_facts(catalog, states[0], named[0]):
        return None
    return states[0], named[0]


def signing_facts(catalog: Catalog, state: str, thing: str) -> list[FactItem]:
    """The state's own facts about the thing that speak of signing or joining, by date."""
    found = [
        item
        for item in catalog.facts_of.get(state, [])
        if thing in item.fact.about and _SIGNED_STEMS & stems(item.fact.text)
    ]
    dated = [(item.fact.date.first_day, item) for item in found if item.fact.date is not None]
    return [item for _, item in sorted(dated, key=lambda pair: pair[0])][:_SHOWN]
