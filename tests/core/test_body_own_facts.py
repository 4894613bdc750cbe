"""Asked of a body alone, its own facts come before those of the operations it served in.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_the_force_size_is_the_force_not_a_deployment(engine: Engine) -> None:
    """The peacekeeping force's size is its own 3,600, not the Kazakhstan contingent's."""
    for question in (
        "how many troops are in the peacekeeping force",
        "how big is the csto peacekeeping force",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert answer.text.startswith("The CSTO's peacekeeping forces numbered about 3,600"), (
            question
        )
