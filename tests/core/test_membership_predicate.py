"""'Their membership was untouchable': a word after a verb of being says what the membership is,
not another organization it is of; "a member of the EU" still is another organization's."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_membership_said_to_be_something_is_not_another_body(engine: Engine) -> None:
    """The Kyrgyz official who called the membership inviolable when the drills were called off."""
    answer = ask(
        engine,
        "Which Kyrgyz official insisted their membership was untouchable when the 2022 drills "
        "were called off?",
    )
    assert answer.answered
    assert "Baisalov" in answer.text


def test_member_of_another_body_is_still_declined(engine: Engine) -> None:
    """'Is Armenia a member of the EU' stays outside the closed world."""
    answer = ask(engine, "is armenia a member of the eu")
    assert not answer.answered
    assert "other organizations" in answer.text
