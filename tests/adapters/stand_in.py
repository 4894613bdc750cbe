"""A stand-in core for adapter tests: the real engine, with single calls overridden by a
subclass (a slow call, a hand-made answer), so the adapter is driven exactly as in production."""

from __future__ import annotations

from bot.core.api import Answer, Completion, Context, SubjectKind
from bot.core.engine import Engine


class EngineStandIn:
    """Every Answerer call goes to the real engine unless a subclass says otherwise."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def knowledge_version(self) -> str:
        """The engine's knowledge version."""
        return self.engine.knowledge_version

    def answer(self, question: str, context: Context | None = None) -> Answer:
        """The engine's answer."""
        return self.engine.answer(question, context)

    def describe(self, kind: SubjectKind, query: str, context: Context | None = None) -> Answer:
        """The engine's lookup."""
        return self.engine.describe(kind, query, context)

    def complete(
        self, text: str, kind: SubjectKind | None = None, limit: int = 25
    ) -> list[Completion]:
        """The engine's completions."""
        return self.engine.complete(text, kind, limit)

    def help(self) -> Answer:
        """The engine's help."""
        return self.engine.help()
