"""Asked how many of one state's own troops took part, the whole exercise's or deployment's size
is no answer: the bot declines unless a fact gives that state's figure.

The wordings are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.asking import ask


@pytest.mark.parametrize(
    "question",
    [
        "how many kyrgyz soldiers were at rubezh 2016",
        "HOW MANY KYRGYZ SERVICEMEN WERE IN RUBEZH-2016?",
        "how many tajik troops were in the kazakhstan deployment",
    ],
)
def test_a_states_share_is_not_the_total(engine: Engine, question: str) -> None:
    """Only totals are on record (about 1,000 at Rubezh-2016, 2,000-2,500 in Kazakhstan)."""
    answer = ask(engine, question)
    assert not answer.answered
    assert "1,000" not in answer.text and "2,000" not in answer.text
    assert "own part" in answer.text


def test_a_states_own_figure_is_given(engine: Engine) -> None:
    """Russia's troops in Tajikistan have a figure of their own, which answers."""
    answer = ask(engine, "how many russian soldiers r stationed in tajikistan")
    assert answer.answered and "7,000" in answer.text


def test_troops_sent_to_a_state_are_the_total(engine: Engine) -> None:
    """'kz troops how many': the troops sent to Kazakhstan, not Kazakhstan's own share."""
    answer = ask(engine, "kz troops how many")
    assert answer.answered and "2,000" in answer.text
