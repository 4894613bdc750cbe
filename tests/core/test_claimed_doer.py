"""A claim that someone did something the facts tell of someone else, and a claim that a
person hosted a session they did not chair: corrected, not declined."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_claimed_doer_is_corrected_by_the_one_the_facts_name(engine: Engine) -> None:
    """'Putin requested CSTO help for Kazakhstan in January 2022, right?': Tokayev did."""
    answer = ask(engine, "Putin requested CSTO help for Kazakhstan in January 2022, right?")
    assert answer.answered
    assert answer.text.startswith("No") and "Tokayev" in answer.text


def test_the_right_doer_gets_no_correction(engine: Engine) -> None:
    """'Tokayev asked the CSTO for help in January 2022, right?': no "No"."""
    answer = ask(engine, "Tokayev asked the CSTO for help in January 2022, right?")
    assert answer.answered
    assert not answer.text.startswith("No")


def test_a_person_said_to_host_a_session_is_checked_against_its_chair(engine: Engine) -> None:
    """'Pashinyan hosted the 2016 Yerevan summit, right?': its record names Sargsyan."""
    answer = ask(engine, "Pashinyan hosted the 2016 Yerevan summit, right?")
    assert answer.answered
    assert "does not name Nikol Pashinyan" in answer.text and "Sargsyan" in answer.text
