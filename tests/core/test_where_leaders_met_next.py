"""A count of time opening the question ('in the year after the Yerevan summit, which city
hosted the session?') is read as at its end; 'where did the leaders meet after <event>' asks
the place of the next session, not every session since nor a fact about the event itself.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def _lead(question: str, engine: Engine) -> str:
    answer = ask(engine, question)
    assert answer.answered, question
    return answer.text.split(". ")[0]


def test_a_fronted_count_of_time_is_read(engine: Engine) -> None:
    """'In the year after/before <summit>, ...': the session within that year."""
    lead = _lead(
        "in the year after the 2016 yerevan summit, which city hosted the session?", engine
    )
    assert "2017" in lead and "Yerevan" not in lead
    lead = _lead("in the year before the 2019 bishkek summit, where did the leaders meet?", engine)
    assert "Astana" in lead and "2018" in lead


def test_where_the_leaders_met_next(engine: Engine) -> None:
    """A verb of meeting asks a session: the next (or last) one's place."""
    lead = _lead("where did the leaders meet after the yerevan summit in 2016", engine)
    assert "St Petersburg" in lead
    lead = _lead("where did the leaders meet before the minsk summit in 2023", engine)
    assert "Yerevan" in lead and "2022" in lead
