"""'Before Zas took over' says only that Zas took up his post: the office's order answers, as
for 'before Zas', not a fact about Zas dated some other time."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.evaluation import answer_text
from tests.core.asking import ask


@pytest.mark.parametrize(
    "question",
    [
        "who held the secretary general job right before Zas took over?",
        "who was secretary general before Zas was appointed?",
    ],
)
def test_before_a_holder_took_office_is_his_predecessor(
    shipped_engine: Engine, question: str
) -> None:
    answer = ask(shipped_engine, question)
    assert answer.answered, answer.text
    assert "Semerikov" in answer_text(answer)
    assert "2021" not in answer.text


def test_the_longest_in_russian(shipped_engine: Engine) -> None:
    """ "Дольше всех": for the longest time, not the holder now."""
    answer = ask(shipped_engine, "Кто дольше всех был генеральным секретарём ОДКБ?")
    assert answer.answered, answer.text
    assert "Bordyuzha" in answer_text(answer)
