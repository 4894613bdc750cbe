"""'What went down at a summit' asks what happened there: its decisions and events, not who went.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_what_went_down_at_a_summit_gives_its_decisions(engine: Engine) -> None:
    """'Went' is no attendance cue here: the Yerevan 2022 record's decisions answer, among
    them Pashinyan's refusal to sign."""
    answer = ask(engine, "so what went down at the 2022 yerevan summit?")
    assert answer.answered
    assert answer.intent == "summit.overview"
    said = " ".join((answer.text, *answer.items))
    assert "refused to sign" in said
