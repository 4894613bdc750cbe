"""Everyday phrases for a step the facts word otherwise: a membership "put on hold" is
suspended; a treaty that "started to apply" entered into force (not when it was signed)."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_membership_put_on_hold_is_suspended(engine: Engine) -> None:
    """The day Uzbekistan's membership was put on hold is the day it was suspended."""
    answer = ask(
        engine, "On which day was Uzbekistan's membership formaly put on hold by the leaders?"
    )
    assert answer.answered
    assert "19 December 2012" in answer.text


def test_treaty_starting_to_apply_is_its_entry_into_force(engine: Engine) -> None:
    """When the 1992 treaty started to apply is its entry into force (1994), not its signing."""
    answer = ask(engine, "When did the 1992 treaty actually start to apply?")
    assert answer.answered
    assert "20 April 1994" in answer.text


def test_saying_no_thanks_is_refusing(engine: Engine) -> None:
    """ "Armenia said no thanks to hosting the drills": its refusal, January 2023,
    "inexpedient"."""
    answer = ask(engine, "Armenia said no thanks to hosting the drills - when was that?")
    assert answer.answered
    assert "inexpedient" in answer.text


def test_untouchable_is_what_the_facts_call_inviolable(engine: Engine) -> None:
    """ "Who said Kyrgyz membership was untouchable": Baisalov called it "absolutely
    inviolable"."""
    answer = ask(engine, "who said kyrgyz membership was untouchable?")
    assert answer.answered
    assert "Baisalov" in answer.text
