"""A year that names a session ('the Minsk summit in 2023') is not set aside when a claim about
it is checked: without it the words lead to another session of that city (Minsk 2017), whose
attendance is no answer for this one.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_the_session_of_the_year_asked_answers(engine: Engine) -> None:
    """Minsk held sessions in 2017 and 2023; the one asked answers, not the other."""
    for question, year, other in (
        ("did putin attend the minsk summit in 2023", "2023", "2017"),
        ("was vladimir putin at the 2023 summit in minsk?", "2023", "2017"),
    ):
        answer = ask(engine, question)
        lead = answer.text.split(". ")[0]
        assert other not in lead, question
        if answer.answered:
            assert year in lead, question
