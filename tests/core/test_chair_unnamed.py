"""Asked who chaired a session, the state that held (or handed on) the presidency is no answer:
a person in the chair is asked. Without one recorded, the bot declines.

The conversations are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.api import Context
from bot.core.engine import Engine


def test_who_presided_with_no_chair_recorded_is_declined(engine: Engine) -> None:
    """'And who presided over it' after the November 2022 session: its record says only that
    Armenia handed the presidency to Belarus, which names no one in the chair."""
    context = Context(conversation="chair-presided")
    given = engine.answer("which city hosted the november 2022 csto summit", context)
    assert "Yerevan" in given.text
    answer = engine.answer("and who presided over it", context)
    assert not answer.answered
    assert "chair" in answer.text


def test_who_chaired_that_one_in_other_words(engine: Engine) -> None:
    """'Who chaired that one' after the December 2016 St Petersburg session: the record gives
    Belarus's presidency, no person, so the bot declines."""
    context = Context(conversation="chair-that-one")
    engine.answer("tell me about the st petersburg session of december 2016", context)
    answer = engine.answer("who chaired that one", context)
    assert not answer.answered


def test_a_chair_recorded_is_given(engine: Engine) -> None:
    """'Who presided?' after the 2023 Minsk summit: the record names Lukashenko in the chair."""
    context = Context(conversation="chair-recorded")
    engine.answer("what happened at the minsk summit in 2023", context)
    answer = engine.answer("who presided?", context)
    assert answer.answered and "Lukashenko" in answer.text


def test_who_handed_over_the_presidency_is_a_state(engine: Engine) -> None:
    """'Who handed over the presidency there?' asks of a state: Armenia's record answers."""
    context = Context(conversation="chair-handed")
    engine.answer("Where was the CSTO summit in November 2022?", context)
    answer = engine.answer("who handed over the presidency there?", context)
    assert answer.answered and "Armenia" in answer.text
