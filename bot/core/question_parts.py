"""The parts of one question ("who heads it and whom did he replace"), each answered on its own."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.core.answering.check import (
    Asked,
    Relation,
    asked,
    asking_words,
    states_also,
    synonym_stems,
)
from bot.core.answering.combine import PartAnswer
from bot.core.answering.respond.search import stated
from bot.core.answering.retrieval import stem, stems
from bot.core.api import Answer, Context
from bot.core.asking import MAX_QUESTION_CHARS, Asking
from bot.core.closed_world import other_organization
from bot.core.language.asides import set_aside
from bot.core.language.lexicon import LEXICON, NOT_SPECIFIC, SUMMIT_WORDS
from bot.core.language.linking import Reading
from bot.core.language.temporal import find_dates, is_date_word
from bot.core.loaded import LoadedKnowledge
from bot.core.understanding.hedges import unhedged
from bot.core.understanding.memory import Topic
from bot.core.understanding.opinion import asks_opinion
from bot.core.understanding.parts import Part

_PERSONAL = LEXICON.words("personal_pronouns")
_QUOTED_ASKS = LEXICON.words("quoted_asks")
_NEIGHBOURS = LEXICON.words("neighbour_occasion")
# A word or phrase a fact quotes ("calling it \"inexpedient\"", "said it was 'frozen'").
_QUOTED = re.compile(r"[\"\u201c\u00ab][^\"\u201d\u00bb]{2,80}[\"\u201d\u00bb]")
_QUOTED_ASK = "quoted"  # the relation of a question asking for a word someone used


def _asks_quoted(wanted: Asked) -> bool:
    """ "What word did its government use": a what-question asking for a wording."""
    return wanted.relation is Relation.WHAT and not _QUOTED_ASKS.isdisjoint(wanted.words)


_POINTERS = LEXICON.words("pronouns") | LEXICON.words("group_reference")


def answer_parts(
    asking: Asking, loaded: LoadedKnowledge, parts: tuple[Part, ...], context: Context
) -> AnsweredParts:
    """Each ask answered on its own, in a scratch conversation so that a later part leans
    on the one before ("and whom did he replace")."""
    before = asking.memory.recall(context.conversation)

    def each(scratch: Context) -> tuple[PartAnswer, ...]:
        answered: list[PartAnswer] = []
        for part in parts:
            # The first ask is read after the premise ("Armenia skipped the Minsk summit."),
            # a later one on the ask before it, as a follow-up is ("and what word did they use").
            first = part.question if answered else part.read_as
            answer, leans = _one_part(asking, loaded, first, answered, scratch)
            if part.premise and answered and not answer.answered:
                # Unanswered as a follow-up: the premise may name what it leans on.
                answer, leans = _one_part(asking, loaded, part.read_as, answered, scratch)
            answered.append(PartAnswer(part.question, answer, part.asked, leans))
        return tuple(answered)

    answered, after = asking.aside(each, seed=before)
    return AnsweredParts(answered, after if after is not before else None)


def _one_part(
    asking: Asking,
    loaded: LoadedKnowledge,
    question: str,
    answered: list[PartAnswer],
    scratch: Context,
) -> tuple[Answer, bool]:
    """One ask's answer, and whether it leans on the ask before it (names nothing of its own)."""
    read = loaded.linker.read(question)
    leans = not read.ids()
    # "how old is he and what did he do before the csto": "he" is the one the part
    # before asked about, whatever else this part names.
    points_back = leans or read.has_any(_PERSONAL)
    if points_back and answered and not answered[-1].answer.answered:
        # "... and who signed" names nothing of its own: with the part before it
        # unanswered, it has no subject, and read alone it would find any signing.
        answer = asking.declined(loaded, question)
    else:
        answer = asking.one(loaded, question, scratch)
    if leans and not read.has_any(_POINTERS) and not _speaks_of_own(read, answer):
        alone = _own_thing(asking, loaded, question, read)
        # Answered alone, the part leans on nothing: its answer stands on its own.
        answer, leans = (alone, False) if alone is not None else (answer, leans)
    return answer, leans


def _own_thing(
    asking: Asking, loaded: LoadedKnowledge, question: str, read: Reading
) -> Answer | None:
    """A part that names a thing of its own and points back at nothing ("and where is the
    headquarters"), read on what the part before asked, found an answer that does not speak
    of its thing: the part asked alone, if that answer does."""
    alone, _ = asking.aside(lambda scratch: asking.one(loaded, question, scratch))
    if alone is None or not alone.answered or not _speaks_of_own(read, alone):
        return None
    # Only a thing of the organization's own: "and who attended" read alone would find
    # any session's attendance, but the headquarters are one.
    org = loaded.catalog.organization.id
    return alone if set(alone.entities) <= {org} or alone.intent.startswith("org.") else None


@dataclass(frozen=True, slots=True)
class AnsweredParts:
    """The answers to the parts of one question, and the topic the last of them left."""

    parts: tuple[PartAnswer, ...]
    topic: Topic | None


def answerable_in_parts(loaded: LoadedKnowledge, question: str) -> bool:
    """Whether the parts of a question may be answered one by one: not when the whole is
    refused (another organization's founding and members, an opinion asked)."""
    clipped = set_aside(question[:MAX_QUESTION_CHARS], loaded.linker.names_any)[0]
    reading = unhedged(loaded.linker.read(clipped))
    return not (other_organization(loaded, reading) or asks_opinion(reading))


@dataclass(frozen=True, slots=True)
class PartCheck:
    """What a part of a question asks, and whether a text states it, read as the search does."""

    loaded: LoadedKnowledge

    def _asked(self, question: str) -> Asked:
        words = tuple(self.loaded.linker.read(question).corrected)
        # With the people known, "who has headed it" asks for a person, whom a council names not.
        return asked(words, find_dates(question), people=self.loaded.people)

    def relation(self, question: str) -> str:
        """The relation the question asks."""
        wanted = self._asked(question)
        if _asks_quoted(wanted):
            return _QUOTED_ASK
        return str(wanted.relation)

    def covers(self, question: str, text: str) -> bool:
        """The text says at least half of the words the question asks about, synonyms
        counted ("new SG": the Secretary General appointed)."""
        wanted = _part_words(self.loaded.linker.read(question))
        said = stems(text)
        return 2 * sum(bool(kin & said) for kin in wanted) >= len(wanted)

    def asks_neighbour(self, question: str) -> bool:
        """The question asks of the occasion before the one in play."""
        return self.loaded.linker.read(question).has_any(_NEIGHBOURS)

    def states(self, question: str, text: str) -> bool | None:
        """Whether the text states the date, place, person or number the question asks, or the
        word someone used (a quoted word); None for any other what or why, which no one kind
        of statement answers."""
        wanted = self._asked(question)
        if _asks_quoted(wanted):
            return _QUOTED.search(text) is not None
        if wanted.relation in {Relation.WHAT, Relation.WHY}:
            return None
        relation = wanted.relation
        if relation is Relation.WHO and self.loaded.linker.read(question).has("secretary"):
            relation = Relation.PERSON  # "who became the new sg": a person, not a host state
        probe = replace(wanted, relation=relation, also=(relation,))
        return states_also(probe, text, self.loaded.places)


def _part_words(read: Reading) -> list[frozenset[str]]:
    """The words saying what a part asks about, each as the stems that say it ("sg": the
    post's words); not names, dates, numbers, generic asks or the kind of meeting."""
    names = read.named_words()
    words = LEXICON.posts_spelt(
        word
        for word in read.content
        if word not in names
        and word not in NOT_SPECIFIC
        and word not in SUMMIT_WORDS
        and word not in asking_words()
        and not is_date_word(word)
        and not any(char.isdigit() for char in word)
    )
    return [synonym_stems(word) for word in dict.fromkeys(words)]


def _speaks_of_own(read: Reading, answer: Answer) -> bool:
    """The answer speaks of a word the question names its thing by ("headquarters"), or the
    question names no such word (a bare "and who signed"), or nothing was answered."""
    own = {stem(word) for word in read.content if not is_date_word(word)}
    return not own or not answer.answered or not own.isdisjoint(stems(stated(answer)))
