"""A season named with a year ("in the summer of 2018") narrows the year: a time, not a topic.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.asking import ask


@pytest.mark.parametrize(
    "question",
    [
        "who held the csto secretary general post in the summer of 2017?",
        "who was the csto secretary general in spring 2018",
    ],
)
def test_a_season_of_a_year_asks_the_holders_that_year(engine: Engine, question: str) -> None:
    """The holders of the year the season is in answer, not a fact that says 'summed'."""
    answer = ask(engine, question)
    said = " ".join((answer.text, *answer.items))
    assert answer.answered and "Khachaturov" in said
    assert "Bordyuzha" not in said and "Masadykov" not in said
