"""'By majority vote or some other way': an open alternative closing a question asks nothing
more than the question before it. 'Reach' is an everyday word, not a misspelt 'react'."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.evaluation import answer_text
from tests.core.asking import ask


@pytest.mark.parametrize(
    "question",
    [
        "does the csto decide things by majority vote or some other way",
        "does the csto decide by majority or something else?",
        "how do they reach decisions, is it a simple majority vote?",
    ],
)
def test_how_decisions_are_taken(shipped_engine: Engine, question: str) -> None:
    answer = ask(shipped_engine, question)
    assert answer.answered, answer.text
    assert "consensus" in answer_text(answer)
