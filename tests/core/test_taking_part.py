"""'Took part' is taking part (attending), not taking over a presidency ('took' alone).

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_who_took_part_in_a_summit_asks_who_attended(shipped_engine: Engine) -> None:
    """'Which leaders took part in the Yerevan summit of 2022' is its attendance, not who
    handed the presidency on there."""
    answer = ask(shipped_engine, "which leaders took part in the yerevan summit in 2022?")
    assert answer.intent == "summit.attendance" and "Lukashenko" in answer.text


def test_took_over_is_still_a_presidency(shipped_engine: Engine) -> None:
    """'Who took over the chairmanship in 2019' still asks the presidency."""
    answer = ask(shipped_engine, "who took over the chairmanship in 2019?")
    assert answer.intent.endswith("presidency")
