"""Builds an Answer from facts: numbers sources, cites them inline, says when facts held."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.core.answering import confidence as score
from bot.core.api import Answer, ClaimRef, DisputeRef, FactRef, Section, SourceRef
from bot.core.knowledge.catalog import Catalog, DisputeItem, FactItem
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Claim, Sourced
from bot.core.language.lexicon import LEXICON

# An inline source number as _markers writes it ("[2]"), its number captured.
CITATION_MARKER = re.compile(r"\[(\d+)\]")

_DOUBTFUL = LEXICON.doubtful_notes
_PARTIAL = LEXICON.words("partial_notes")


@dataclass
class AnswerBuilder:
    """Collects sentences and the facts and sources behind them, then makes one Answer."""

    catalog: Catalog
    question: str
    intent: str
    entities: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    disputes: list[DisputeRef] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    _facts: dict[str, FactRef] = field(default_factory=dict)
    _sources: list[str] = field(default_factory=list)
    _as_of: list[PartialDate] = field(default_factory=list)
    _certainty: list[float] = field(default_factory=list)
    _about: list[str] = field(default_factory=list)

    def cite(self, statement: Sourced, fact_id: str, text: str | None = None) -> str:
        """Record a sourced statement and return its sentence with inline source numbers."""
        numbers = self._number(statement.sources)
        self._about.extend(getattr(statement, "about", ()))
        # Several absentees of one kind are a list the answer gave: "which of those came back"
        # picks among them. One absentee (a state with its leader) stays out of it: "who went
        # in his place" asks of the session, with its attendance.
        absent = tuple(getattr(statement, "who", ()))
        if len(absent) > 1 and len({self.catalog.kinds.get(one) for one in absent}) == 1:
            self._about.extend(absent)
        as_of = held_as_of(statement)
        if as_of and as_of not in self._as_of:
            self._as_of.append(as_of)
        self._certainty.append(score.STATED.get(statement.confidence or "", score.UNGRADED))
        body = str(text or getattr(statement, "text", "") or "").rstrip()
        date = getattr(statement, "date", None)
        self._facts.setdefault(
            fact_id,
            FactRef(
                id=fact_id,
                text=getattr(statement, "text", body),
                date=str(date) if date else None,
                as_of=str(statement.as_of) if statement.as_of else None,
                confidence=statement.confidence,
                sources=tuple(statement.sources),
            ),
        )
        qualifiers = _qualifiers(statement, body)
        if qualifiers and body.endswith("."):
            body = body[:-1]
        return f"{_sentence(body + qualifiers)} {_markers(numbers)}"

    def cite_record(self, sources: tuple[str, ...], record_id: str, text: str) -> str:
        """Cite an entity's own record (a summit's date and city, a conflict's period)."""
        numbers = self._number(sources)
        self._facts.setdefault(record_id, FactRef(id=record_id, text=text, sources=tuple(sources)))
        return f"{_sentence(text)} {_markers(numbers)}"

    def _number(self, sources: tuple[str, ...]) -> list[int]:
        """The answer-wide numbers of these sources, numbering new ones as they first appear."""
        for source_id in sources:
            if source_id not in self._sources:
                self._sources.append(source_id)
        return [self._sources.index(source_id) + 1 for source_id in sources]

    def add(self, item: FactItem, text: str | None = None) -> None:
        """Add one fact as a sentence of the answer."""
        self.sentences.append(self.cite(item.fact, item.id, text))

    def add_item(self, item: FactItem, text: str | None = None) -> None:
        """Add one fact as a list item of the answer."""
        self.items.append(self.cite(item.fact, item.id, text))

    def add_dispute(self, dispute: DisputeItem) -> None:
        """Say that sources disagree: the best-supported claim first, then each other claim."""
        if any(known.id == dispute.id for known in self.disputes):
            return
        claims = sorted(dispute.dispute.claims, key=lambda claim: not claim.best_supported)
        refs = tuple(self._claim(claim) for claim in claims)
        resolution = dispute.dispute.resolution.rstrip() if dispute.dispute.resolution else None
        self.disputes.append(
            DisputeRef(
                id=dispute.id, topic=dispute.dispute.topic, claims=refs, resolution=resolution
            )
        )
        topic = _lower_first(dispute.dispute.topic)
        best = refs[0] if refs[0].best_supported else None
        if best is not None and not self.sentences:
            # Nothing answers yet: the best-supported account is the answer, the others follow.
            self.sentences.append(f"{best.text} {_markers(self._number(best.sources))}")
            self.sentences.append(f"Other sources disagree on {topic}; their accounts are below.")
            return
        self.sentences.append(
            f"Sources disagree on {topic}; the best-supported account is listed first below."
            if best
            else f"Sources disagree on {topic}; each account is listed below with its source."
        )

    def _claim(self, claim: Claim) -> ClaimRef:
        """One claim as the answer states it, its sources numbered and its doubts said."""
        self._number(claim.sources)
        as_of = held_as_of(claim)
        if as_of and as_of not in self._as_of:
            self._as_of.append(as_of)
        self._certainty.append(score.STATED.get(claim.confidence or "", score.UNGRADED))
        body = claim.text.rstrip()
        qualifiers = _qualifiers(claim, body)
        if qualifiers and body.endswith("."):
            body = body[:-1]
        return ClaimRef(
            text=_sentence(body + qualifiers),
            sources=tuple(claim.sources),
            best_supported=claim.best_supported,
            date=str(claim.date) if claim.date else None,
            confidence=claim.confidence,
            status=claim.status,
        )

    def build(self, confidence: float, answered: bool = True) -> Answer:
        """The finished Answer; confidence is capped by the weakest fact used."""
        if self._certainty:
            confidence = min(confidence, max(min(self._certainty), score.CAP_FLOOR))
        return Answer(
            question=self.question,
            answered=answered,
            text=" ".join(self.sentences).strip(),
            items=tuple(self.items),
            sections=tuple(self.sections),
            disputes=tuple(self.disputes),
            facts=tuple(self._facts.values()),
            sources=tuple(self._source_ref(source_id) for source_id in self._sources),
            as_of=tuple(str(date) for date in sorted(self._as_of)),
            confidence=round(max(0.0, min(1.0, confidence)), 3),
            intent=self.intent,
            entities=tuple(dict.fromkeys([*self.entities, *self._about])),
            suggestions=tuple(dict.fromkeys(self.suggestions))[:3],
            knowledge_version=self.catalog.knowledge.version,
        )

    def _source_ref(self, source_id: str) -> SourceRef:
        source = self.catalog.sources.get(source_id)
        if source is None:
            return SourceRef(id=source_id)
        return SourceRef(
            id=source.id,
            title=source.title,
            publisher=source.publisher,
            date=source.date.human() if source.date else None,
            url=source.url,
        )


def _markers(numbers: list[int]) -> str:
    return "".join(f"[{number}]" for number in dict.fromkeys(numbers))


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?", '"', "'")) else f"{text}."


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def held_as_of(statement: Sourced) -> PartialDate | None:
    """When a time-bound statement held; None for an event dated before its article.

    An event's own date says when it happened: "left in 1999" is not "as of October 2016",
    the date of the article that reported it.
    """
    date = getattr(statement, "date", None)
    if statement.as_of is None:
        return None
    if isinstance(date, PartialDate) and date.last_day < statement.as_of.first_day:
        return None
    return statement.as_of


def start_phrase(start: PartialDate | None, statement: Sourced) -> str:
    """How a term began: "from 2 May 2017"; without a start, when its source saw it held ("in
    post by October 2016"), which a reader would otherwise take from a bare "as of" beside a
    later end; else "start not recorded"."""
    if start is not None:
        return f"from {start.human()}"
    seen = held_as_of(statement)
    return f"in post by {seen.human()}" if seen is not None else "start not recorded"


# A partial corroboration note longer than this is cut to its first clause.
_LONGEST_NOTE = 200

_STATUS_NOTES = {
    "outdated": "outdated according to other sources",
    "contradicted": "contradicted by other sources",
    "unconfirmed": "unconfirmed",
}


def _qualifiers(statement: Sourced, said: str) -> str:
    """The notes a cited sentence (`said`) needs: when it held, and doubts about it."""
    notes = []
    text = f"{getattr(statement, 'text', '') or ''} {said}"
    as_of = held_as_of(statement)
    # A time-bound statement says when it held, unless its own words already do.
    if as_of and not _says_when(text, as_of):
        notes.append(f"as of {as_of.human()}")
    status = getattr(statement, "status", None)
    corroboration = (statement.corroboration or "").casefold()
    if status in _STATUS_NOTES:
        notes.append(_STATUS_NOTES[status])
    elif corroboration.startswith("contradicted"):
        notes.append("contradicted or outdated according to other sources")
    elif any(corroboration.startswith(word) for word in _DOUBTFUL):
        notes.append("not corroborated by other sources")
    elif corroboration.split(" ", 1)[0] in _PARTIAL or any(w in corroboration for w in _DOUBTFUL):
        # "partly corroborated (...)", "the naming is not corroborated; the drill is": the
        # doubt covers part of the statement, and the note says which part ("nothing was found
        # on Egypt"): a reader needs that part, so the whole note is given when it is short.
        notes.append(_partial_note(statement.corroboration or ""))
    if statement.confidence == "low":
        notes.append("low confidence")
    if not notes:
        return ""
    return " (" + "; ".join(notes) + ")"


def _says_when(text: str, date: PartialDate) -> bool:
    """The text names the date, or (for a day) its month: "at the summit of September 2013"."""
    if date.human() in text:
        return True
    return date.day is not None and PartialDate(date.year, date.month).human() in text


def _partial_note(note: str) -> str:
    """A note of partial corroboration in full ("partly corroborated: India and Iran were
    invited ...; nothing was found on Egypt"), or its first clause when it is long."""
    flat = " ".join(note.replace("(", ": ", 1).replace(")", "", 1).split()).replace(" :", ":")
    return flat if len(flat) <= _LONGEST_NOTE else _first_clause(note)


def _first_clause(note: str) -> str:
    """A corroboration note up to its first parenthesis, semicolon or colon."""
    for mark in ("(", ";", ":"):
        note = note.split(mark, 1)[0]
    return " ".join(note.split())
