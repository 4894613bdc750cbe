"""Measures of states the fact base does not hold (population, GDP) are declined, not answered
with the member list; a post by a plural abbreviation ("the SGs") is that post's holders.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_population_asked_is_declined(engine: Engine) -> None:
    """No fact gives a population: the member list is no answer to it."""
    for question in ("combined population of all ODKB member states?", "gdp of the csto members"):
        answer = ask(engine, question)
        assert not answer.answered, question


def test_the_sgs_are_the_secretaries_general(engine: Engine) -> None:
    """ "List the SGs": every term of the Secretary General."""
    answer = ask(engine, "list the SGs")
    assert answer.intent == "org.secretaries"
    assert "Bordyuzha" in " ".join(answer.items)
