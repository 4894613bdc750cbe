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


def test_details_no_fact_holds_are_declined(engine: Engine) -> None:
    """A hotel, people detained, a GDP asked in Russian, what a holder thinks: no fact says
    them, so the summit's, the unrest's or the person's record is no answer."""
    for question in (
        "which hotel did the delegations use at the 2025 Bishkek summit",
        "how many people were arrested during the January 2022 unrest in kazakhstan?",
        "Какая страна ОДКБ тратит больше всех в процентах от ВВП?",
        "what does Masadykov think about Armenia's freeze?",
    ):
        assert not ask(engine, question).answered, question


def test_the_askers_own_i_think_asks_no_view(engine: Engine) -> None:
    """ "Both were 1993 I think": a hedge; the accession dates still answer."""
    answer = ask(engine, "which joined first, Belarus or Azerbaijan? 1993 I think, but which month")
    assert answer.answered
    assert "December 1993" in answer.text
