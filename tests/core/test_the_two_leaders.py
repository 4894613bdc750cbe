"""'Where did the two presidents agree the ceasefire': the two sides' leaders are the ones in
play, as "they" is, not the CSTO's rotating presidency.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.core.engine import Engine
from tests.core.asking import ask


def test_both_leaders_are_the_sides_in_play(talk: Callable[..., list[Answer]]) -> None:
    """After the 2022 Kyrgyz-Tajik fighting, 'where did both leaders sign the truce' is about
    that conflict (its ceasefire at Samarkand), not who chairs the CSTO."""
    answers = talk(
        "when did the kyrgyz tajik border war of 2022 break out",
        "where did the two heads of state agree to a truce?",
    )
    assert answers[-1].answered and "Samarkand" in answers[-1].text
    assert "chairmanship" not in answers[-1].text


def test_the_two_presidents_alone_are_asked_back(engine: Engine) -> None:
    """'When did the two presidents meet', with nothing in play: whose presidents is asked, not
    a meeting of the CSTO's leaders told."""
    answer = ask(engine, "when did the two presidents meet?")
    assert not answer.answered
