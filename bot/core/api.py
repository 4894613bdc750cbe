"""The port adapters use: the structured Answer, the asking Context and the Answerer protocol.

Adapters import the core only through this module; how an Answer looks is theirs to decide.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal, Protocol

from bot.core.knowledge.dates import human_date

__all__ = [
    "Answer",
    "Answerer",
    "ClaimRef",
    "Completion",
    "Context",
    "DisputeRef",
    "FactRef",
    "Section",
    "SourceRef",
    "SubjectKind",
    "human_date",
]

SubjectKind = Literal["country", "summit", "conflict", "exercise", "body", "person"]

MAX_SUGGESTIONS = 3


# Plain frozen dataclasses, not pydantic models: the core builds these itself, so there is
# nothing to parse, and `csto-bot ask` starts without importing pydantic for them.
class _Value:
    """Sequences given as lists are kept as tuples, so every value stays immutable."""

    __slots__ = ()

    def __post_init__(self) -> None:
        for field in fields(self):  # type: ignore[arg-type]  # every subclass is a dataclass
            value = getattr(self, field.name)
            if isinstance(value, list):
                object.__setattr__(self, field.name, tuple(value))


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceRef(_Value):
    """A source as an adapter shows it: numbered in the order of `Answer.sources`."""

    id: str
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None

    def label(self) -> str:
        """A short human label: title, else publisher, else url."""
        return self.title or self.publisher or self.url or self.id


@dataclass(frozen=True, slots=True, kw_only=True)
class FactRef(_Value):
    """A fact the answer rests on."""

    id: str
    text: str
    date: str | None = None
    as_of: str | None = None
    confidence: str | None = None
    sources: tuple[str, ...] = ()

    @property
    def owner(self) -> str:
        """The record the fact belongs to: "kazakhstan-2022" for "kazakhstan-2022/role/1"."""
        return self.id.split("/", 1)[0]


@dataclass(frozen=True, slots=True, kw_only=True)
class Section(_Value):
    """A titled list that helps an answer (e.g. a membership timeline)."""

    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimRef(_Value):
    """One source's account in a disagreement, as the answer states it."""

    text: str
    sources: tuple[str, ...]
    best_supported: bool = False
    date: str | None = None
    confidence: str | None = None
    status: str | None = None  # "outdated", "contradicted" or "unconfirmed", as the sheet marks it


@dataclass(frozen=True, slots=True, kw_only=True)
class DisputeRef(_Value):
    """Sources disagree on a point the question bears on: the claims, best supported first."""

    id: str
    topic: str
    claims: tuple[ClaimRef, ...]
    resolution: str | None = None

    @property
    def title(self) -> str:
        """The heading a reader sees above the claims."""
        return f"Sources disagree: {self.topic}"

    @property
    def best(self) -> ClaimRef | None:
        """The best-supported claim, if the sources single one out."""
        return next((claim for claim in self.claims if claim.best_supported), None)


@dataclass(frozen=True, slots=True, kw_only=True)
class Answer(_Value):
    """What the bot says, and everything it says it from."""

    question: str
    answered: bool
    text: str
    items: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    disputes: tuple[DisputeRef, ...] = ()
    facts: tuple[FactRef, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    as_of: tuple[str, ...] = ()
    confidence: float
    intent: str
    entities: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()
    knowledge_version: str = ""

    def __post_init__(self) -> None:
        super(Answer, self).__post_init__()
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must be between 0 and 1, got {self.confidence}")
        if len(self.suggestions) > MAX_SUGGESTIONS:
            raise ValueError(f"at most {MAX_SUGGESTIONS} suggestions, got {len(self.suggestions)}")

    def markers(self, source_ids: tuple[str, ...]) -> str:
        """Inline source numbers ("[1][3]") for sources of this answer, in `sources` order."""
        numbers = {source.id: index for index, source in enumerate(self.sources, start=1)}
        cited = dict.fromkeys(numbers[i] for i in source_ids if i in numbers)
        return "".join(f"[{number}]" for number in cited)

    def shown_sections(self) -> tuple[Section, ...]:
        """Every titled block a reader sees: the sections, then each disagreement as lines."""
        return self.sections + tuple(
            Section(title=dispute.title, lines=self._dispute_lines(dispute))
            for dispute in self.disputes
        )

    def _dispute_lines(self, dispute: DisputeRef) -> tuple[str, ...]:
        lines = [
            f"{'Best supported: ' if claim.best_supported else ''}{claim.text} "
            f"{self.markers(claim.sources)}".rstrip()
            for claim in dispute.claims
        ]
        return tuple([*lines, dispute.resolution] if dispute.resolution else lines)


@dataclass(frozen=True, slots=True, kw_only=True)
class Context(_Value):
    """Who is asking. `conversation` keys follow-ups (e.g. "slack:T1:C1:thread-ts")."""

    conversation: str | None = None
    platform: str | None = None
    user: str | None = None


@dataclass(frozen=True, slots=True)
class Completion:
    """An autocomplete choice: what to show, and the text to submit when it is picked."""

    label: str
    value: str


class Answerer(Protocol):
    """What adapters need from the core. `Engine` is the real one."""

    def answer(self, question: str, context: Context | None = None) -> Answer:
        """Answer one question; never raises on user input."""
        ...

    def describe(self, kind: SubjectKind, query: str, context: Context | None = None) -> Answer:
        """One subject of `kind` named by `query` (name, alias, id, year or place), described;
        several: an answer asking which one; none: "not found" with what it resembles."""
        ...

    def complete(
        self, text: str, kind: SubjectKind | None = None, limit: int = 25
    ) -> list[Completion]:
        """Subjects (and sample questions when kind is None) that match partly typed text."""
        ...

    def help(self) -> Answer:
        """What the bot can answer, with example questions."""
        ...

    @property
    def knowledge_version(self) -> str:
        """A short identifier of the knowledge being served."""
        ...
