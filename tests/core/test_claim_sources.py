"""A claim's year, read apart from the year of where it was heard and from the end of a term."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.understanding.claims import claim_readings, claimed_year
from bot.evaluation import answer_text
from tests.core.asking import ask


def test_the_year_of_a_source_is_no_year_of_the_claim() -> None:
    """ "My source from 2016 says ..." dates the source: the claim's own year stays the one."""
    question = "my source from 2016 says belarus left in 2000, right?"
    assert claimed_year(question) == 2000


def test_a_term_that_runs_out_is_asked_back_until_when() -> None:
    """ "Runs out in 2020" claims the end of a term, as "until 2020" does, not a dated act."""
    readings = claim_readings("the base runs out in 2020, correct?", frozenset())
    assert [(r.question, r.year, r.kind) for r in readings] == [
        ("until when the base runs out", 2020, "term")
    ]


@pytest.mark.parametrize(
    "question",
    [
        "russia's base in armenia runs out in 2020, correct?",
        "My source from 2016 says Russia's base in Armenia only runs until 2020. Is that right?",
    ],
)
def test_a_claimed_end_of_a_term_is_checked_against_the_term(
    shipped_engine: Engine, question: str
) -> None:
    """The claimed year does not pull in a conflict of that year: the base's term answers."""
    answer = ask(shipped_engine, question)
    assert answer.answered, answer.text
    assert "2044" in answer_text(answer)
    assert not answer.intent.startswith("conflict")
