"""A question when some state left, whose name the engine does not read ("Tbilisi" for
Georgia), is not a question when the organization was founded.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.asking import ask


@pytest.mark.parametrize(
    "question", ["when did tbilisi leave the treaty", "when did tbilisi bail on the treaty"]
)
def test_a_leaving_is_not_answered_with_the_founding(engine: Engine, question: str) -> None:
    """The Charter's signing date (7 October 2002) is not when anyone left."""
    answer = ask(engine, question)
    assert not (answer.answered and answer.intent == "org.founded")
    assert not (answer.answered and "7 October 2002" in answer.text)


def test_the_founding_is_still_asked(engine: Engine) -> None:
    """When the CSTO was founded: the Charter's signing."""
    answer = ask(engine, "when did the csto start")
    assert answer.answered
    assert "7 October 2002" in answer.text
