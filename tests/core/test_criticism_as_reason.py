"""A criticism a state's leader voiced is a reason stated outright: asked why, the fact saying it
leads over one that only tells what was done.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_criticism_leads_a_why_answer(engine: Engine) -> None:
    """Aliyev criticised the Russian build-up in Armenia when Azerbaijan did not renew."""
    answer = ask(engine, "why didn't azerbaijan renew the collective security treaty in 1999?")
    assert answer.answered
    assert answer.text.startswith("In April 1999 Azerbaijan refused")
    assert "build-up" in answer.text
