"""Terms in an office ranked by length, and the rotating chair asked of whoever is in charge.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_the_longest_term_in_the_top_office(engine: Engine) -> None:
    """'Which secretary general served the longest': the longest term, not the current one."""
    answer = ask(engine, "which secretary general was in office the longest?")
    assert answer.answered
    assert answer.text.startswith("Nikolai Bordyuzha")
    assert "Masadykov" not in answer.text


def test_the_shortest_term_is_an_ended_one(engine: Engine) -> None:
    """A term still running is not the shortest: the shortest full term that ended."""
    answer = ask(engine, "who had the shortest term as secretary general?")
    assert answer.answered
    assert answer.text.startswith("Yuri Khachaturov")


def test_in_charge_of_the_rotating_chair_is_a_state(engine: Engine) -> None:
    """'Who's in charge of the rotating chair': a post the states hold in turn, so a state
    answers; no person needs to be named."""
    answer = ask(engine, "who is in charge of the rotating chair right now?")
    assert answer.answered and "Russia" in answer.text


def test_a_post_named_leads_the_person_s_roles(engine: Engine) -> None:
    """'Until when was he secretary general': the post named leads, with its term, rather than
    the person's first recorded post (Khachaturov headed Armenia's General Staff before)."""
    answer = ask(engine, "until when was yuri khachaturov csto secretary general?")
    assert answer.answered
    lead = answer.text.split(". ")[0]
    assert "Secretary General" in lead
    assert "2018" in lead
    assert "General Staff" not in lead


def test_no_post_named_keeps_the_record_order(engine: Engine) -> None:
    """'Who is he' names no post: the roles keep the order of the record."""
    answer = ask(engine, "who is yuri khachaturov?")
    assert answer.answered
    assert "General Staff" in answer.text.split(". ")[0]
