"""One answer made of the answers to each part of a question that asks several things."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.core.answering.compose import CITATION_MARKER
from bot.core.api import Answer, Section, SourceRef

# Where an answer's first sentence ends: a full stop before a space, or its first source number.
_SENTENCE_END = re.compile(r"(?<=[a-z)]\.)\s|\[\d+\]")
# A name or a number an answer gives: a capitalised word or a run of digits.
_VALUE = re.compile(r"\b(?:[A-Z][\w-]+|\d+)\b")
# The share of a part's names and numbers the whole answer must give for the part's own answer
# to add nothing ("Secretary General Masadykov of Kyrgyzstan" against his office record, whose
# "as of" date alone is new); a predecessor's name is far below it.
_REPEATED = 0.8
# Where a cited sentence ends: after its source numbers, before the next sentence.
_CITED_END = re.compile(r"(?<=\])\s+(?=\S)")


class Check(Protocol):
    """How the engine reads what a part asks and whether a text states it."""

    def relation(self, question: str) -> str:
        """The relation the question asks: when, where, who, how many, what, why."""
        ...

    def states(self, question: str, text: str) -> bool | None:
        """Whether the text states what the question asks; None for what or why, which no one
        kind of statement answers."""
        ...

    def asks_neighbour(self, question: str) -> bool:
        """The question asks of the occasion before the one in play ("when was the previous
        in-person one")."""
        ...

    def covers(self, question: str, text: str) -> bool:
        """The text says enough of the words the question asks about."""
        ...


@dataclass(frozen=True, slots=True)
class PartAnswer:
    """One part of the question as asked on its own, and the answer it got."""

    question: str  # the part as answered, a bare ask with the rest it borrowed
    answer: Answer
    asked: str = ""  # the part in the user's own words ("and why"), when they differ
    leans: bool = False  # names nothing of its own ("and who sits on it"), so leans on another


def combined(whole: Answer, parts: Sequence[PartAnswer], organization: str, check: Check) -> Answer:
    """The answer to the whole question, with each part it leaves out answered after it in the
    order asked; a part no answer states is said to be missing, and the answer is then only as
    sure as its weakest part. The whole answer alone when it answers every part."""
    shown = _shown(whole, parts, check)
    pieces = _pieces(whole, shown)
    if not pieces:
        return whole
    missing = [
        part.asked or part.question
        for index, part in enumerate(parts)
        if not _said(index, parts, shown, whole, check)
    ]
    if pieces == [whole] and not missing:
        return whole
    return _joined(whole.question, pieces, missing, organization)


def _shown(whole: Answer, parts: Sequence[PartAnswer], check: Check) -> list[Answer | None]:
    """For each part, the answer shown for it: the whole answer where it gives the part's
    facts, else the part's own answer; None for a part unanswered or read off its subject."""
    shown: list[Answer | None] = []
    for part in parts:
        answer = part.answer
        if not answer.answered or (whole.answered and part.leans and _off_subject(answer, whole)):
            shown.append(None)  # "who got picked" read alone finds another session's choice
        elif (
            whole.answered
            and (_leads_with_a_fact_of(answer, whole) or _repeats(answer, whole))
            # "When and where was the treaty signed": each part's own fact (the 1992 signing),
            # which the whole answer gives only after another (the 2002 decision), leads.
            and not _every_part_leads_elsewhere(parts, whole)
            # "how many members ...? does armenia still count?": the whole answer shares a fact
            # with the count but not the number asked, which the part's own answer states.
            and not _own_states_more(part, whole, check)
            # "when did the four day war start": the sources' accounts of the day it began
            and not _new_disputes(answer, [whole])
        ):
            shown.append(whole)
        else:
            shown.append(answer)
    return shown


def _pieces(whole: Answer, shown: list[Answer | None]) -> list[Answer]:
    """The answers to show, in the order of the parts, each once; the whole answer first when it
    answers no part in particular."""
    pieces: list[Answer] = []
    for answer in shown:
        if answer is not None and answer not in pieces and not _says_nothing_new(answer, pieces):
            pieces.append(answer)
    if whole.answered and whole not in pieces and not _leads_off_every_part(whole, shown):
        pieces.insert(0, whole)
    return pieces


def _leads_off_every_part(whole: Answer, shown: list[Answer | None]) -> bool:
    """Every part has its own answer, and the whole answer leads with a fact of a subject none
    of them speaks of ("when did Azerbaijan leave and why": Nazarbayev's cold, which names
    Azerbaijan in passing), so it answers no part and goes."""
    if not whole.facts or any(answer is None for answer in shown):
        return False
    owner = whole.facts[0].owner
    spoken = {entity for answer in shown if answer is not None for entity in answer.entities}
    return bool(spoken) and owner not in spoken


def _said(
    index: int,
    parts: Sequence[PartAnswer],
    shown: list[Answer | None],
    whole: Answer,
    check: Check,
) -> bool:
    """The answers standing for the part state what it asks (a date, a place, a person, a
    number): the whole answer, its own, and those of parts asking something else; not another
    part's answer to the same relation ("when did the taliban take kabul, and when did the
    leaders meet": the first date answers the first part only). What or why cannot be checked:
    a part's own answer shown, or an answer to the whole question (which passed the engine's
    own checks of every part), is trusted."""
    question = parts[index].question
    relation = check.relation(question)
    own = shown[index]
    # A repeat of an earlier same-relation part's answer is no answer of this part's own.
    if own is not None and any(
        shown[i] is own and check.relation(parts[i].question) == relation for i in range(index)
    ):
        own = None
    evidence = [whole] if whole.answered else []
    evidence.extend(
        answer
        for other, answer in enumerate(shown)
        if answer is not None
        and other != index
        and check.relation(parts[other].question) != relation
    )
    if own is not None:
        evidence.append(own)
    unique = [
        answer for i, answer in enumerate(evidence) if all(answer is not e for e in evidence[:i])
    ]
    texts = _said_texts(unique)
    if check.asks_neighbour(question):
        # "was the may 2022 summit in person, and when was the previous in-person one": what an
        # earlier part's answer leads with (the date of the summit asked before) is not said
        # of the one before it; a later sentence ("the first in person since 2019") may be.
        leads = {_bare(_CITED_END.split(a.text, maxsplit=1)[0]) for a in shown[:index] if a}
        texts = [s for text in texts for s in _CITED_END.split(text) if _bare(s) not in leads]
    found = check.states(question, " ".join(texts))
    return (own is not None or whole.answered) if found is None else found


def _said_texts(pieces: list[Answer]) -> list[str]:
    """All an answer says: its text, its items and section lines, and the claims it lays out."""
    return [
        text
        for piece in pieces
        for text in (
            piece.text,
            *piece.items,
            *(line for section in piece.sections for line in section.lines),
            *(claim.text for dispute in piece.disputes for claim in dispute.claims),
        )
    ]


def _own_states_more(part: PartAnswer, whole: Answer, check: Check) -> bool:
    """The part's own answer states what it asks (a number, a date...) and the whole does not;
    asked what ("bishkek 2025: date + new SG"), its own answer speaks of the part's words and
    the whole's does not (the session's date and place say nothing of a new SG)."""
    asked = part.question
    whole_text = " ".join(_said_texts([whole]))
    own_text = " ".join(_said_texts([part.answer]))
    stated = check.states(asked, whole_text)
    if stated is None:
        return check.covers(asked, own_text) and not check.covers(asked, whole_text)
    return stated is False and bool(check.states(asked, own_text))


def _values(text: str) -> set[str]:
    """The names and numbers a text gives ("Taalatbek", "Kyrgyzstan", "2026"), not its markers."""
    return set(_VALUE.findall(CITATION_MARKER.sub(" ", text)))


def _repeats(answer: Answer, whole: Answer) -> bool:
    """The part's answer, from other facts, leads with what the whole answer already gives:
    nearly all the names and numbers of its first sentence are there ("who was picked as
    secretary" after the session's decision naming him; "how many members now" after the
    count of members now and before)."""
    values = _values(_SENTENCE_END.split(answer.text, maxsplit=1)[0])
    return bool(values) and len(values & _values(whole.text)) >= _REPEATED * len(values)


def _every_part_leads_elsewhere(parts: Sequence[PartAnswer], whole: Answer) -> bool:
    """The parts ask one thing by different question words ("when ... and where was the treaty
    signed"), all answered by one and the same lead fact, which the whole answer gives but does
    not lead with: the whole answer leads with what no part asked."""
    asked = {part.question.split(maxsplit=1)[-1] for part in parts}
    leads = {
        part.answer.facts[0].id for part in parts if part.answer.answered and part.answer.facts
    }
    every = all(part.answer.answered and part.answer.facts for part in parts)
    one_fact = len(leads) == 1 and bool(whole.facts) and whole.facts[0].id not in leads
    return every and len(asked) == 1 and one_fact


def _leads_with_a_fact_of(one: Answer, other: Answer) -> bool:
    """The fact `one` leads with is one `other` gives too: a later fact shared ("first floated"
    in 2014, then the 2016 decision the whole answer gives) leaves its lead unsaid."""
    return bool(one.facts) and one.facts[0].id in {f.id for f in other.facts}


def _off_subject(answer: Answer, whole: Answer) -> bool:
    """The part's answer is about none of what the whole answer is about."""
    return bool(answer.entities) and set(answer.entities).isdisjoint(whole.entities)


def _says_nothing_new(answer: Answer, pieces: list[Answer]) -> bool:
    """Every fact of this answer was already given ("when did it join and leave": one fact)."""
    ids = {fact.id for fact in answer.facts}
    shown = {fact.id for piece in pieces for fact in piece.facts}
    return bool(ids) and ids <= shown and not _new_disputes(answer, pieces)


def _new_disputes(answer: Answer, pieces: list[Answer]) -> bool:
    """The answer lays out sources' accounts none of the pieces does."""
    shown = {dispute.id for piece in pieces for dispute in piece.disputes}
    return any(dispute.id not in shown for dispute in answer.disputes)


def _not_had(asked: str, organization: str) -> str:
    """The plain admission for a part that could not be answered, in the user's words."""
    return f'On "{asked}", I don\'t have an answer in the {organization} fact base.'


def _renumber(text: str, numbers: dict[int, int]) -> str:
    """Inline source numbers of one piece, as numbered in the combined answer."""
    return CITATION_MARKER.sub(lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", text)


def _unrepeated(text: str, said: list[str]) -> str:
    """The text without an opening it repeats word for word from one said before it (the fact a
    part's answer leads with, already given, before the sources' accounts it adds), nor any
    sentence said before it (one fact answering two parts, given after another)."""
    for before in said:
        if before and text.startswith(before):
            text = text[len(before) :].strip()
            break
    earlier = {_bare(sentence) for before in said for sentence in _CITED_END.split(before)}
    return " ".join(s for s in _CITED_END.split(text) if _bare(s) not in earlier).strip()


def _bare(sentence: str) -> str:
    """A sentence without its source numbers, as said however numbered."""
    return " ".join(CITATION_MARKER.sub(" ", sentence).split())


def _joined(question: str, pieces: list[Answer], missing: list[str], organization: str) -> Answer:
    """The pieces one after another, sources renumbered, then what could not be answered."""
    sources: dict[str, SourceRef] = {}
    texts: list[str] = []
    items: list[str] = []
    sections: dict[str, Section] = {}
    for piece in pieces:
        for source in piece.sources:
            sources.setdefault(source.id, source)
        order = list(sources)
        numbers = {i: order.index(s.id) + 1 for i, s in enumerate(piece.sources, start=1)}
        texts.append(_unrepeated(_renumber(piece.text, numbers), texts))
        items.extend(_renumber(item, numbers) for item in piece.items)
        for section in piece.sections:
            lines = tuple(_renumber(line, numbers) for line in section.lines)
            sections.setdefault(section.title, Section(title=section.title, lines=lines))
    texts.extend(_not_had(part, organization) for part in missing)
    first = pieces[0]
    # A part left unanswered makes the whole an incomplete answer: as sure as its weakest part.
    confidence = 0.0 if missing else min(piece.confidence for piece in pieces)
    return Answer(
        question=question,
        answered=not missing,
        text=" ".join(t for t in texts if t).strip(),
        items=tuple(items),
        sections=tuple(sections.values()),
        disputes=tuple({d.id: d for p in pieces for d in p.disputes}.values()),
        facts=tuple({f.id: f for p in pieces for f in p.facts}.values()),
        sources=tuple(sources.values()),
        as_of=tuple(sorted({d for p in pieces for d in p.as_of})),
        confidence=confidence,
        intent=first.intent,
        entities=tuple(dict.fromkeys(e for p in pieces for e in p.entities)),
        suggestions=tuple(dict.fromkeys(s for p in pieces for s in p.suggestions))[:3],
        knowledge_version=first.knowledge_version,
    )
