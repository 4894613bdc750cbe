"""'Until when', 'since when': a time opener before a question word asks, it opens no clause.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.asking import ask


@pytest.mark.parametrize(
    ("question", "end"),
    [
        ("until when did bordyuzha serve?", "2016"),
        ("until when was zas supposed to serve?", "2022"),
    ],
)
def test_until_when_asks_the_end_of_a_term(engine: Engine, question: str, end: str) -> None:
    """The whole question is what is asked: the term's end answers it."""
    answer = ask(engine, question)
    assert answer.answered and end in answer.text
