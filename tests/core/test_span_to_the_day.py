"""A list asked before or after an event keeps the event's day, not only its month.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_before_an_event_keeps_what_came_earlier_that_month(engine: Engine) -> None:
    """Rubezh-2016 (4-7 October) came before the Yerevan summit of 14 October 2016."""
    answer = ask(engine, "which exercises did kyrgyzstan host before the yerevan summit in 2016?")
    said = " ".join((answer.text, *answer.items))
    assert answer.answered and "Rubezh" in said
