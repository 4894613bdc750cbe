"""'Who was acting SG between Khachaturov and Zas': the holder after the earlier of the two named,
and the later one said too; named either way round."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.asking import ask


@pytest.mark.parametrize(
    "question",
    [
        "who was acting sg in between khachaturov and zas",
        "who was secretary general between zas and khachaturov",
    ],
)
def test_holder_between_two_named(engine: Engine, question: str) -> None:
    """Semerikov, acting, came between Khachaturov and Zas."""
    answer = ask(engine, question)
    assert answer.answered
    assert answer.intent == "office.succession"
    assert "Semerikov" in answer.text
    assert "Zas" in answer.text


def test_holders_not_next_to_each_other_are_not_guessed(engine: Engine) -> None:
    """Between Bordyuzha and Zas stood two holders; the one after Bordyuzha alone is no answer."""
    answer = ask(engine, "who was secretary general between bordyuzha and zas")
    assert not answer.answered or "Semerikov" in answer.text
