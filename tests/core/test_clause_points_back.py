"""A clause of time that points back ("after it ended") only times the event in play: a fact
of then need not say its verb.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.api import Context
from bot.core.engine import Engine


def test_a_count_after_it_ended_is_the_count_then(engine: Engine) -> None:
    """'How many Russian peacekeepers deployed after it ended' after the 2020 war: the 1,960
    the deal deployed, though that fact does not say the war ended."""
    context = Context(conversation="clause-points-back")
    engine.answer("when did the second karabakh war begin", context)
    answer = engine.answer("how many russian peacekeepers deployed after it ended?", context)
    assert answer.answered
    assert "1,960" in answer.text
