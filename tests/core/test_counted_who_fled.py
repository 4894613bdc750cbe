"""People counted as having left a place are stated by a fact saying they fled it.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_how_many_left_meets_fled(engine: Engine) -> None:
    """ "How many people left Karabakh" is answered by the count of Armenians who fled."""
    answer = ask(engine, "how many people had left karabakh by late september 2023")
    assert answer.answered
    assert "65,000" in answer.text


def test_a_count_of_something_else_still_declines(engine: Engine) -> None:
    """Asked how many were killed, the count of those who fled does not answer."""
    answer = ask(engine, "how many karabakh armenians were killed in september 2023?")
    assert "65,000" not in answer.text
