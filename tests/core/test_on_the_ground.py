"""'Who commanded them on the ground': "on the ground" is where the forces were, the place in
play, not a word a fact must say.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.core.engine import Engine
from tests.core.asking import ask


def test_the_commander_on_the_ground_after_the_request(talk: Callable[..., list[Answer]]) -> None:
    """After the January 2022 request, 'who was in charge on the ground' is the contingent's
    commander."""
    answers = talk(
        "who asked the csto for troops in january 2022?",
        "who was in charge on the ground",
    )
    assert answers[-1].answered and "Serdyukov" in answers[-1].text


def test_the_commander_on_the_ground_asked_alone(engine: Engine) -> None:
    """'Who led the csto troops on the ground in kazakhstan': the contingent's commander."""
    answer = ask(engine, "who led the csto troops on the ground in kazakhstan")
    assert answer.answered and "Serdyukov" in answer.text
