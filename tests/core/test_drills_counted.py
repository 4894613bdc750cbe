"""'How many drills' counts the exercises; the facts' word for a drill is an exercise.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_how_many_exercises_counts_them(engine: Engine) -> None:
    """Not the member states, not a force's troop numbers: the exercises recorded."""
    answer = ask(engine, "how many exercises has the csto held")
    assert answer.answered
    assert answer.text.startswith("The fact base records 8 exercises")


def test_drills_hosted_by_a_state_are_its_exercises(engine: Engine) -> None:
    """'Drills' are the facts' exercises: Russia's three, not a fact on the KSOR's size."""
    answer = ask(engine, "how many drills did russia host?")
    assert answer.answered
    assert answer.text.startswith("The fact base records 3 exercises hosted by Russia")


def test_troops_in_a_drill_are_still_its_size(engine: Engine) -> None:
    """Troops counted in a drill ask its size, not how many drills there were."""
    answer = ask(engine, "how many troops took part in the 2016 drill in kyrgyzstan")
    assert "1,000" in answer.text
