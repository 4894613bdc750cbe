"""'And the next one, where was it?' after a summit: the session after the one in play, not the
one in play again; 'and the previous one?' steps back.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.api import Context
from bot.core.engine import Engine


def test_the_next_and_the_previous_session(engine: Engine) -> None:
    """Yerevan (October 2016) -> St Petersburg (December 2016) -> back to Yerevan."""
    context = Context(conversation="next-session-in-play")
    engine.answer("tell me about the yerevan summit in 2016", context)
    following = engine.answer("and the next one, where was it?", context)
    assert following.answered
    assert "St Petersburg" in following.text.split(". ")[0]
    previous = engine.answer("and the previous one?", context)
    assert previous.answered
    assert "Yerevan" in previous.text.split(". ")[0]


def test_the_next_session_s_chair(engine: Engine) -> None:
    """After Minsk 2023, 'who chaired the next one?' is the Astana summit of 2024."""
    context = Context(conversation="next-session-chair")
    engine.answer("who chaired the minsk summit in 2023", context)
    answer = engine.answer("who chaired the next one?", context)
    assert answer.answered
    assert "Tokayev" in answer.text and "Lukashenko" not in answer.text
