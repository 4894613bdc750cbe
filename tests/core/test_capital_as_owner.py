"""A capital in the possessive ("Tashkent's membership") stands for its state; named as a place
("the Minsk summit") it stays a place.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_capitals_membership_is_its_states(engine: Engine) -> None:
    """Tashkent's membership is Uzbekistan's, suspended by the council on 19 December 2012."""
    answer = ask(
        engine, "what day did the collective security council suspend tashkent's membership?"
    )
    assert answer.answered
    assert "19 December 2012" in answer.text


def test_a_capital_as_a_place_stays_a_place(engine: Engine) -> None:
    """The Minsk summit is a session held in Minsk, not a question about Belarus's membership."""
    answer = ask(engine, "when was the minsk summit of 2017 held?")
    assert answer.answered
    assert "30 November 2017" in answer.text


def test_a_capital_that_speaks_speaks_for_its_state(engine: Engine) -> None:
    """'When did Yerevan say it would not pay': Armenia's statement, not a fact naming Yerevan,
    and "it" is Armenia, not the organization."""
    answer = ask(engine, "when did Yerevan say it wasn't going to chip in for the 2024 budget?")
    assert answer.answered
    assert "May 2024" in answer.text


def test_a_capital_agreeing_to_host_is_its_state(engine: Engine) -> None:
    """ "Did Yerevan agree to host the drills": Armenia refusing, not a session in Yerevan; a
    capital hosting a summit is still the session's place."""
    answer = ask(engine, "did yerevan agree to host the csto exercises in 2023?")
    assert answer.answered
    assert "refused" in answer.text
    assert "Minsk" in ask(engine, "did minsk host a summit in 2023?").text


def test_a_label_before_the_question_is_not_asked(engine: Engine) -> None:
    """ "Charter question:" names the subject; the word "question" asks nothing of it."""
    answer = ask(engine, "charter question: when was it signed?")
    assert answer.answered
    assert "7 October 2002" in answer.text
