"""A city hosting the leaders, or the heads of state meeting there, is a summit there."""

from __future__ import annotations

import pytest

from bot.core.api import Context
from bot.core.engine import Engine


@pytest.mark.parametrize(
    ("question", "city"),
    [
        ("list every time dushanbe hosted the leaders", "Dushanbe"),
        ("in which years did bishkek play host to csto leaders", "Bishkek"),
        ("how many times have the heads of state met in yerevan and when", "Yerevan"),
    ],
)
def test_the_leaders_hosted_by_a_city_are_its_summits(
    shipped_engine: Engine, question: str, city: str
) -> None:
    """Several sessions in the city: the list of them, each named by the city."""
    answer = shipped_engine.answer(question, Context(conversation=f"leaders-{question}"))
    assert answer.intent == "summit.list", answer.text
    assert answer.items, answer.text
    assert all(city in item for item in answer.items), answer.items


def test_who_heads_a_body_in_a_city_is_not_a_summit(shipped_engine: Engine) -> None:
    """'heads' as a verb beside a named body asks who leads it."""
    question = "who heads the csto secretariat in moscow"
    answer = shipped_engine.answer(question, Context(conversation="leaders-heads"))
    assert answer.intent != "summit.list"
    assert "Secretary General" in answer.text
