"""Asked who holds a post now, a description of the organization names no one: declined.

The conversations are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.api import Context
from bot.core.engine import Engine


def test_who_is_it_now_is_not_answered_by_the_organization(engine: Engine) -> None:
    """'who is it now' after the 2010 Secretary General: the CSTO's overview names no holder."""
    context = Context(conversation="holder-now")
    given = engine.answer("who was secretary general in 2010", context)
    assert "Bordyuzha" in given.text
    answer = engine.answer("who is it now", context)
    assert not answer.answered
    assert "ODKB" not in answer.text


def test_the_current_holder_named_still_answers(engine: Engine) -> None:
    """'And who leads it now?' after the 2016 Joint Staff chief: the current chief is named."""
    context = Context(conversation="holder-now-named")
    engine.answer("who led the joint staff in 2016", context)
    answer = engine.answer("and who leads it now?", context)
    assert answer.answered and "Serdyukov" in answer.text
