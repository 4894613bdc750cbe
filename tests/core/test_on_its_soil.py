"""Forces sent "onto its territory" or "on its soil" were sent into the state: the facts say where.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.asking import ask


@pytest.mark.parametrize(
    "question",
    [
        "which member state first had collective csto forces sent onto its territory?",
        "which csto member first had collective forces on its own soil?",
    ],
)
def test_forces_on_its_soil_are_forces_in_it(engine: Engine, question: str) -> None:
    """Kazakhstan, January 2022: the first collective deployment into a member state."""
    answer = ask(engine, question)
    assert answer.answered and "Kazakhstan" in answer.text and "2022" in answer.text
