"""'What will ... do/decide' asks what is still to come: no record of the past answers it."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_what_will_asks_the_future(engine: Engine) -> None:
    """A state's membership or an old summit's decision is no answer to what is to come."""
    for question in (
        "What will the CSTO do about Armenia?",
        "What will the next summit discuss?",
        "what will the csto summit in russia decide this year?",
    ):
        answer = ask(engine, question)
        assert not answer.answered, (question, answer.text)


def test_what_was_said_will_happen_is_still_the_past(engine: Engine) -> None:
    """'What did Pashinyan say Armenia will do' asks what was said, and is answered."""
    answer = ask(engine, "what did Pashinyan say Armenia will do?")
    assert answer.answered
