"""A question is read once per answer: the parts, asides and checks of one answer share its
readings, and nothing is remembered outside an answer.
"""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.language.linking import readings_remembered


def test_a_text_is_read_once_within_an_answer(engine: Engine) -> None:
    """Inside the block the same reading comes back; the words are the same either way."""
    linker = engine._loaded.linker
    with readings_remembered():
        first = linker.read("when did georgia leave the csto?")
        again = linker.read("when did georgia leave the csto?")
    assert again is first
    assert linker.read("when did georgia leave the csto?") == first


def test_nothing_is_remembered_outside_an_answer(engine: Engine) -> None:
    """Outside the block each read is made afresh, so no reading outlives its answer."""
    linker = engine._loaded.linker
    first = linker.read("who is the secretary general?")
    assert linker.read("who is the secretary general?") is not first
