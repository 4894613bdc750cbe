"""A drill the fact base holds no record of may still be spoken of by a fact: asked of it, the
checked fact search answers rather than the empty list, but only with a fact naming every state
asked of.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_fact_on_unrecorded_drills_answers(engine: Engine) -> None:
    """No exercise record for Kazakhstan in 2022, but the Russian MFA's statement speaks of them."""
    answer = ask(
        engine, "did the armenian side contribute soldiers to 2022 csto drills in kazakhstan?"
    )
    assert answer.answered
    assert "had not contributed troops" in answer.text


def test_a_fact_on_another_state_does_not_answer(engine: Engine) -> None:
    """Asked of Belarus, a fact on Armenia's troops at those drills is no answer."""
    answer = ask(engine, "did belarus send troops to the 2022 drills in kazakhstan?")
    assert not answer.answered


def test_an_empty_year_stays_empty(engine: Engine) -> None:
    """Asked which drills a state hosted in a year without any, the list still says none."""
    answer = ask(engine, "which csto exercises were held in tajikistan in 2019?")
    assert not answer.answered
    assert "no CSTO exercise" in answer.text


def test_a_state_named_as_speaker_is_not_asked_of(engine: Engine) -> None:
    """Asked of Russia, the fact quoting Russia's foreign ministry on Armenia's troops is no
    answer: Russia is named there only as the one speaking."""
    answer = ask(engine, "did russia contribute soldiers to the 2022 csto drills in kazakhstan?")
    assert not answer.answered


def test_asked_which_drill_a_fact_not_naming_it_does_not_answer(engine: Engine) -> None:
    """Asked which drills were held, the statement that Armenia sent no troops to them names
    none, so the list's "none recorded" stands."""
    answer = ask(engine, "what drills were held in kazakhstan in 2022?")
    assert not answer.answered
    assert "Armenia" not in answer.text
