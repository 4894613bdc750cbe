"""What one logged question and one piece of feedback look like on their way to the database."""

from __future__ import annotations

import json
from typing import NamedTuple

from bot.core.api import Answer, Context
from bot.questionlog.outcome import outcome_of
from bot.questionlog.privacy import Hasher, scrub

QUESTION_TEXT_LIMIT = 500
COMMENT_LIMIT = 1000


class QuestionRow(NamedTuple):
    """One asked question and how it was answered."""

    id: str
    asked_at: float
    platform: str | None
    question: str
    outcome: str
    intent: str
    subjects: str  # JSON list of subject ids
    confidence: float
    facts: str  # JSON list of fact ids
    knowledge_version: str
    conversation: str | None
    user_hash: str | None


class FeedbackRow(NamedTuple):
    """A 👍 or 👎 on a logged answer, with what the person said was wrong."""

    id: str
    answer_id: str
    given_at: float
    helpful: bool
    comment: str | None
    platform: str | None
    user_hash: str | None


def question_row(
    answer_id: str,
    asked_at: float,
    question: str,
    context: Context | None,
    answer: Answer,
    *,
    hasher: Hasher,
    include_user: bool,
) -> QuestionRow:
    """The row for one answered question; ids only ever as salted hashes."""
    context = context or Context()
    return QuestionRow(
        id=answer_id,
        asked_at=asked_at,
        platform=context.platform,
        question=scrub(question[:QUESTION_TEXT_LIMIT]),
        outcome=outcome_of(answer),
        intent=answer.intent,
        subjects=json.dumps(list(answer.entities)),
        confidence=answer.confidence,
        facts=json.dumps([fact.id for fact in answer.facts]),
        knowledge_version=answer.knowledge_version,
        conversation=hasher(context.conversation) if context.conversation else None,
        user_hash=hasher(context.user) if include_user and context.user else None,
    )


def clean_comment(comment: str | None) -> str | None:
    """Feedback text as stored: trimmed, bounded, tokens redacted, None when empty."""
    if comment is None or not comment.strip():
        return None
    return scrub(comment.strip()[:COMMENT_LIMIT])
