"""A force asked 'bigger than' or 'larger than' a figure is asked its size.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_bigger_than_asks_the_size(engine: Engine) -> None:
    """The contingent's recorded size answers, not the deployment's dates and parties."""
    answer = ask(engine, "was the csto force in kazakhstan bigger than 5000")
    assert answer.answered
    assert "2,000-2,500" in answer.text
    assert not answer.text.startswith("2022 Kazakh unrest and the CSTO deployment:")


def test_larger_than_another_force_is_no_overview(engine: Engine) -> None:
    """Two forces compared: not the Karabakh conflict's overview."""
    answer = ask(
        engine, "was the kazakhstan contingent larger than the karabakh peacekeeping force?"
    )
    assert not answer.text.startswith("Nagorno-Karabakh conflict: from 1988 to 2023")
