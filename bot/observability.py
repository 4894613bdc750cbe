"""An Answerer that logs every question and how it went, so admins can see the gaps."""

from __future__ import annotations

import logging
import time
from typing import Any

from bot.core.api import Answer, Answerer, Completion, Context, SubjectKind
from bot.questionlog.answer import logged
from bot.questionlog.log import QuestionLog
from bot.runtime.logging_setup import log_event

logger = logging.getLogger("bot.answers")

QUESTION_LOG_LIMIT = 200


def truncate(text: str, limit: int = QUESTION_LOG_LIMIT) -> str:
    """Shorten text for a log line, marking the cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class LoggedAnswerer:
    """Wraps an Answerer; logs question, answered, intent, confidence, platform (user opt-in)."""

    def __init__(
        self,
        inner: Answerer,
        include_user_ids: bool = False,
        questions: QuestionLog | None = None,
    ) -> None:
        self._inner = inner
        self._include_user_ids = include_user_ids
        # When set, every answer is also queued to the question log and carries its log id.
        self.questions = questions

    def answer(self, question: str, context: Context | None = None) -> Answer:
        """Answer through the inner Answerer and log one `question` event."""
        started = time.perf_counter()
        return self._logged(question, context, started, self._inner.answer(question, context))

    def describe(self, kind: SubjectKind, query: str, context: Context | None = None) -> Answer:
        """Look a subject up through the inner Answerer; logged like a question ("summit: x")."""
        started = time.perf_counter()
        result = self._inner.describe(kind, query, context)
        return self._logged(f"{kind}: {query}", context, started, result)

    def _logged(
        self, question: str, context: Context | None, started: float, result: Answer
    ) -> Answer:
        """Log one `question` event for an answer and queue it to the question log."""
        fields: dict[str, Any] = {
            "platform": context.platform if context else None,
            "answered": result.answered,
            "intent": result.intent,
            "confidence": result.confidence,
            "knowledge": result.knowledge_version or None,
            "ms": round((time.perf_counter() - started) * 1000, 1),
            "question": truncate(question),
        }
        if self._include_user_ids and context is not None:
            fields["user"] = context.user
        log_event(logger, "question", **fields)
        return self._record(question, context, result)

    def _record(self, question: str, context: Context | None, result: Answer) -> Answer:
        """Queue the answer to the question log (never blocks, never fails the answer)."""
        if self.questions is None:
            return result
        try:
            return logged(result, self.questions.record(question, context, result))
        except Exception:  # the log must never cost an answer
            logger.exception("question not logged")
            return result

    def complete(
        self, text: str, kind: SubjectKind | None = None, limit: int = 25
    ) -> list[Completion]:
        """Autocomplete through the inner Answerer (not logged: it fires on every keystroke)."""
        return self._inner.complete(text, kind, limit)

    def help(self) -> Answer:
        """Help through the inner Answerer."""
        return self._inner.help()

    @property
    def knowledge_version(self) -> str:
        """The inner Answerer's knowledge version."""
        return self._inner.knowledge_version
