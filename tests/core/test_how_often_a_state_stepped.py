"""Asked how many times a state left (or joined, or came back), the membership answer leads
with the count of the steps recorded and their years (members._how_often)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.asking import ask


@pytest.mark.parametrize(
    "question",
    [
        "how many times did uzbekistan drop out of the csto?",
        "how often has uzbekistan quit the organisation",
        "how many times has uzbekistan walked away from this alliance, and when?",
    ],
)
def test_departures_counted(shipped_engine: Engine, question: str) -> None:
    """Uzbekistan's two steps out (1999, 2012) are counted and dated."""
    answer = ask(shipped_engine, question)
    assert answer.answered, answer.text
    assert "two times: in 1999 and 2012" in answer.text


def test_states_counted_are_no_steps(shipped_engine: Engine) -> None:
    """'How many left at the same time' counts states, not one state's steps."""
    answer = ask(shipped_engine, "how many countries left at the same time as uzbekistan")
    assert "two times" not in answer.text
