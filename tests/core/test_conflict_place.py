"""A state named as the place of a conflict must be one of its sides, not a contributor.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_troops_in_a_contributor_are_not_the_deployment_elsewhere(engine: Engine) -> None:
    """Armenia sent troops to Kazakhstan in 2022; 'troops in Armenia' is not that deployment."""
    answer = ask(engine, "did the csto ever deploy troops in armenia?")
    assert "kazakhstan-2022" not in answer.entities
    assert "Kazakh unrest" not in answer.text


def test_troops_in_the_side_still_find_the_deployment(engine: Engine) -> None:
    """The state where the deployment happened still points at it."""
    answer = ask(engine, "when did the csto deploy troops in kazakhstan?")
    assert answer.answered
    assert "kazakhstan-2022" in answer.entities
    assert "January 2022" in answer.text
