"""The logged Answer: the same Answer, plus the id that feedback buttons refer to."""

from __future__ import annotations

from dataclasses import dataclass, fields

from bot.core.api import Answer


@dataclass(frozen=True, slots=True, kw_only=True)
class LoggedAnswer(Answer):
    """An Answer the question log has recorded under `answer_id`."""

    answer_id: str


def logged(answer: Answer, answer_id: str) -> LoggedAnswer:
    """`answer` with its log id attached."""
    values = {field.name: getattr(answer, field.name) for field in fields(answer)}
    return LoggedAnswer(**values, answer_id=answer_id)


def answer_id_of(answer: Answer) -> str | None:
    """The log id of an answer, or None when it was not logged."""
    return answer.answer_id if isinstance(answer, LoggedAnswer) else None
