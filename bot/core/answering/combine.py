"""One answer made of the answers to each part of a question that asks several things."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.core.api import Answer, Section, SourceRef

# An inline source number as AnswerBuilder writes it ("[2]").
_MARKER = re.compile(r"\[(\d+)\]")

# Whether a text states what a question asks (a date, a place, a person): (question, text);
# None when the question asks what or why, which no one kind of statement answers.
Stated = Callable[[str, str], bool | None]


@dataclass(frozen=True, slots=True)
class PartAnswer:
    """One part of the question as asked on its own, and the answer it got."""

    question: str  # the part as answered, a bare ask with the rest it borrowed
    answer: Answer
    asked: str = ""  # the part in the user's own words ("and why"), when they differ
    leans: bool = False  # names nothing of its own ("and who sits on it"), so leans on another


def combined(
    whole: Answer, parts: Sequence[PartAnswer], organization: str, stated: Stated
) -> Answer:
    """The answer to the whole question, with each part it leaves out answered after it in the
    order asked; a part no answer states is said to be missing, and the answer is then only as
    sure as its weakest part. The whole answer alone when it answers every part."""
    pieces = _pieces(whole, parts)
    if not pieces:
        return whole
    said = " ".join(_said_texts(pieces))
    missing = [
        part.asked or part.question
        for part in parts
        if not _said(part.question, said, whole, stated, _given(part.answer, pieces))
    ]
    if pieces == [whole] and not missing:
        return whole
    return _joined(whole.question, pieces, missing, organization)


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


def _said(question: str, said: str, whole: Answer, stated: Stated, given: bool) -> bool:
    """The answers shown state what the part asks (a date, a place, a person, a number), even
    when its own answer is among them: read alone, "who has headed it" may find the founding
    fact again. What or why cannot be checked: a part's own answer shown, or an answer to the
    whole question (which passed the engine's own checks of every part), is trusted."""
    found = stated(question, said)
    return (given or whole.answered) if found is None else found


def _pieces(whole: Answer, parts: Sequence[PartAnswer]) -> list[Answer]:
    """The answers to show, in the order of the parts: the whole answer where it answers a part,
    a part's own answer where the whole one leaves it out."""
    pieces: list[Answer] = []
    for part in parts:
        answer = part.answer
        if not answer.answered or (whole.answered and part.leans and _off_subject(answer, whole)):
            continue  # "who got picked" read alone finds another session's choice
        shown = whole if whole.answered and _shares_a_fact(answer, whole) else answer
        if shown not in pieces and not _says_nothing_new(shown, pieces):
            pieces.append(shown)
    if whole.answered and whole not in pieces:
        pieces.insert(0, whole)
    return pieces


def _given(answer: Answer, pieces: list[Answer]) -> bool:
    """The part's own answer, or the whole answer standing for it, is shown."""
    return answer.answered and any(
        answer is piece or _shares_a_fact(answer, piece) for piece in pieces
    )


def _shares_a_fact(one: Answer, other: Answer) -> bool:
    return not {f.id for f in one.facts}.isdisjoint(f.id for f in other.facts)


def _off_subject(answer: Answer, whole: Answer) -> bool:
    """The part's answer is about none of what the whole answer is about."""
    return bool(answer.entities) and set(answer.entities).isdisjoint(whole.entities)


def _says_nothing_new(answer: Answer, pieces: list[Answer]) -> bool:
    """Every fact of this answer was already given ("when did it join and leave": one fact)."""
    ids = {fact.id for fact in answer.facts}
    shown = {fact.id for piece in pieces for fact in piece.facts}
    return bool(ids) and ids <= shown


def _not_had(asked: str, organization: str) -> str:
    """The plain admission for a part that could not be answered, in the user's words."""
    return f'On "{asked}", I don\'t have an answer in the {organization} fact base.'


def _renumber(text: str, numbers: dict[int, int]) -> str:
    """Inline source numbers of one piece, as numbered in the combined answer."""
    return _MARKER.sub(lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", text)


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
        texts.append(_renumber(piece.text, numbers))
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
