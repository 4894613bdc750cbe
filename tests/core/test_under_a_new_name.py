"""'Just X under a new name' asks whether X became it: the facts say what it became.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_under_a_new_name_is_answered_by_the_lineage(engine: Engine) -> None:
    """The treaty became the CSTO with its Charter of 7 October 2002."""
    answer = ask(engine, "is the csto just the collective security treaty under a new name?")
    assert answer.answered and "2002" in answer.text and "became" in answer.text
