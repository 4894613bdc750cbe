"""A 'before/after <event>' clause cannot override the date the question itself gives: 'who held
the chairmanship in 2025, before Russia took over' was read at an event found in 2016.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_given_year_wins_over_a_contradicting_event(engine: Engine) -> None:
    """The year asked is 2025 (Kyrgyzstan's chair); 2016's Belarus must not lead."""
    for question in (
        "who held the chairmanship in 2025, before russia took over?",
        "who had the csto presidency in 2025 before the russians took it over",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        lead = answer.text.split(". ")[0]
        assert "Kyrgyzstan" in lead and "2016" not in lead, question


def test_a_date_that_fits_the_event_still_reads_at_it(engine: Engine) -> None:
    """'In 2021, before Armenia got it' fits a hand-over of 2021: Tajikistan, as before."""
    answer = ask(engine, "which country held the chairmanship in 2021, before armenia got it?")
    assert answer.answered
    assert "Tajikistan" in answer.text.split(". ")[0]
