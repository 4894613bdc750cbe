"""The question engine: question text in, structured Answer out. Never raises on user input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from bot.core.answer import Answer, Context
from bot.core.models import Knowledge

SubjectKind = Literal["country", "summit", "conflict", "body", "person"]


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


class Engine:
    """Answers questions from one Knowledge, remembering the subject per conversation."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._knowledge = knowledge

    @property
    def knowledge(self) -> Knowledge:
        """The knowledge currently served."""
        return self._knowledge

    @property
    def knowledge_version(self) -> str:
        """A short identifier of the knowledge being served."""
        return self._knowledge.version

    def replace_knowledge(self, knowledge: Knowledge) -> None:
        """Swap in newly loaded knowledge; answers in flight keep the one they started with."""
        self._knowledge = knowledge

    def answer(self, question: str, context: Context | None = None) -> Answer:
        """Answer one question (placeholder until the question engine lands)."""
        return Answer(
            question=question,
            answered=False,
            text="I can't answer that yet.",
            confidence=0.0,
            intent="unknown",
            knowledge_version=self.knowledge_version,
        )

    def complete(
        self, text: str, kind: SubjectKind | None = None, limit: int = 25
    ) -> list[Completion]:
        """Subjects that match partly typed text (placeholder)."""
        return []

    def help(self) -> Answer:
        """What the bot can answer (placeholder)."""
        return self.answer("help")
