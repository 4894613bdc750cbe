"""'Pulled out' of a place is worded in the facts as a withdrawal from it.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_pulled_out_finds_the_withdrawal(engine: Engine) -> None:
    """The troops pulled out of Kazakhstan: the withdrawal's end, 19 January 2022."""
    answer = ask(engine, "when had the last of them pulled out of kazakhstan")
    assert answer.answered and "19 January 2022" in answer.text
