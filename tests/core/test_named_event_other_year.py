"""A named event with a year the facts do not hold is not another year's event of that name.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_drill_of_an_unheld_year_is_not_answered_with_another(engine: Engine) -> None:
    """Interaction-2015 is held; "Interaction 2017" is not that drill (one digit apart)."""
    for question in (
        "how many troops were in the interaction 2017 drill?",
        "how many soldiers took part in the csto exercise interaction-2019?",
    ):
        answer = ask(engine, question)
        assert "Interaction-2015" not in answer.text, question


def test_drill_of_its_own_year_is_still_found(engine: Engine) -> None:
    """The held year is still linked, and its size told."""
    answer = ask(engine, "how many troops took part in interaction 2015?")
    assert answer.answered
    assert "2,000" in answer.text
