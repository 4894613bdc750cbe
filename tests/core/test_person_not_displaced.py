"""A person named by the way in a searched fact does not become the next "he"."""

from __future__ import annotations

from bot.core.api import Context
from bot.core.engine import Engine


def test_he_stays_the_person_asked_of(engine: Engine) -> None:
    """Serdyukov commanded; Tokayev announced the withdrawal; "he" is still Serdyukov."""
    context = Context(conversation="not-displaced")
    first = engine.answer("who commanded the csto troops in kazakhstan in 2022?", context)
    assert "Serdyukov" in first.text
    between = engine.answer("when were they all out?", context)
    assert "Tokayev" in between.text  # the fact found names him by the way
    answer = engine.answer("what csto post did he get in 2023", context)
    assert "Serdyukov" in answer.text, answer.text
    assert "Joint Staff" in answer.text


def test_a_person_asked_for_is_the_next_he(engine: Engine) -> None:
    """Asked who, the person the answer names is the next "he", not the one before."""
    context = Context(conversation="asked-for")
    engine.answer("who commanded the csto troops in kazakhstan in 2022?", context)
    engine.answer("who asked the csto for help in january 2022?", context)
    answer = engine.answer("which country is he president of?", context)
    assert "Tokayev" in answer.text, answer.text
    assert "Serdyukov" not in answer.text
