"""A drill asked for before or after a summit is a drill: the summit only dates it.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_drill_before_a_summit_is_a_drill(engine: Engine) -> None:
    """The Yerevan summits (2016, 2022) both fall after Kyrgyzstan's drills: the drills answer,
    not a fact about the summit that mentions drills."""
    answer = ask(engine, "what exercise did kyrgyzstan host before the yerevan summit")
    assert answer.answered
    assert "Rubezh-2016" in " ".join([answer.text, *answer.items])
    assert "Pashinyan" not in answer.text
