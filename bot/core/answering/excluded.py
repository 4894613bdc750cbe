"""What a question leaves out of its ask ("what did they decide apart from the ceasefire"): an
answer that gives the thing left out answers nothing asked."""

from __future__ import annotations

import re

from bot.core.answering.retrieval import stems
from bot.core.api import Answer
from bot.core.knowledge.catalog import Catalog
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Linker, name_words
from bot.core.language.normalize import tokens

_PHRASES = "|".join(
    re.escape(phrase) for phrase in sorted(LEXICON.excluding_phrases, key=len, reverse=True)
)
# The thing left out runs to a comma ("apart from X, what ...") or ends the question ("... apart
# from X?"); anywhere else where it ends is not sure.
_LEFT_OUT = re.compile(rf"\b(?:{_PHRASES})\s+([^,;?!.]+?)\s*(?:(,)|[;?!.]*\s*$)", re.IGNORECASE)
# Words that point back ("besides those two"): what is left out is in the conversation; or at a
# sort of the thing asked ("not counting the acting ones"): a filter of the ask, no thing given.
_POINTERS = LEXICON.words("pronouns") | LEXICON.words("group_reference") | {"one", "ones"}
# Where an answer's first sentence ends: a full stop before a space, or its first source number.
_SENTENCE_END = re.compile(r"(?<=[a-z)]\.)\s|\[\d+\]")


def left_out(question: str) -> str | None:
    """The thing a question leaves out of its ask, as written ("the Kyrgyz-Tajik ceasefire")."""
    found = _LEFT_OUT.search(question)
    if found is None or not _POINTERS.isdisjoint(tokens(found.group(1))):
        return None
    return found.group(1).strip()


def without_left_out(question: str) -> str | None:
    """The question with what it leaves out taken away ("what else did the session do"), or
    None when it leaves nothing out."""
    found = _LEFT_OUT.search(question)
    if found is None or left_out(question) is None:
        return None
    rest = f"{question[: found.start()]} {question[found.end() :]}"
    return " ".join(rest.split()) or None


def gives_left_out(catalog: Catalog, linker: Linker, question: str, answer: Answer) -> str | None:
    """The thing left out, when every fact the answer gives (or its first sentence, without
    facts) gives it: every entity it names and every other word of it there; an answer with one
    more fact ("besides the terrorism statement": the term extended too) gives more. Not names
    alone ("apart from the CSTO, what ties Russia and Armenia"): an answer speaks of them
    without its point being them."""
    thing = left_out(question)
    if thing is None:
        return None
    read = linker.read(thing)
    entities = [i for i in read.ids() if i != catalog.organization.id]
    words = stems(" ".join(read.content - read.named_words()))
    if not words:
        return None
    texts = [fact.text for fact in answer.facts] or [_SENTENCE_END.split(answer.text, 1)[0]]
    for text in texts:
        said = set(tokens(text))
        if not all(name_words(catalog, entity) & said for entity in entities):
            return None
        if not words <= stems(text):
            return None
    return thing
