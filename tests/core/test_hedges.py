"""A user's hedges and sources ("ballpark", "i've seen", "a user insists") are not what is asked."""

from __future__ import annotations

import pytest

from bot.core.api import Context
from bot.core.engine import Engine

HEDGED = [
    ("where did the rapid reaction force hold its very first exercise", "Matybulak"),
    ("how many troops did the csto send to kazakhstan, ballpark", "2,000"),
    ("how big was the csto force sent to kazakhstan? i've seen different figures", "2,000"),
    ("was the charter signed in tashkent? a user insists it was", "7 October 2002"),
]


@pytest.mark.parametrize(("question", "expected"), HEDGED)
def test_a_hedge_keeps_the_answer(shipped_engine: Engine, question: str, expected: str) -> None:
    """The hedge is left out of what must be covered, so the facts still answer."""
    answer = shipped_engine.answer(question, Context(conversation=f"hedged-{question}"))
    assert answer.answered, answer.text
    assert expected in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "i've seen different figures: who is nato's secretary general, ballpark",
        "a user insists the csto ran a peacekeeping operation in syria, what was it called",
    ],
)
def test_a_hedge_does_not_make_an_unanswerable_question_answerable(
    shipped_engine: Engine, question: str
) -> None:
    """Hedges drop out of what is asked; what remains still has to be in the facts."""
    answer = shipped_engine.answer(question, Context(conversation=f"hedge-{question}"))
    assert not answer.answered, answer.text
