"""An act within a conflict is answered by the fact that says it, not the conflict's record.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_an_act_within_the_conflict_gets_its_fact(engine: Engine) -> None:
    """When the Russian peacekeepers left Karabakh is their withdrawal, not 1988-2023."""
    for question in (
        "when did russian peacekeepers leave karabakh",
        "when did the russian peacekeepers withdraw from nagorno karabakh?",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert "2024" in answer.text, question
        assert "from 1988 to 2023" not in answer.text, question


def test_who_was_in_charge_of_a_mission_within_the_crisis(engine: Engine) -> None:
    """Who headed the mission sent during the border crisis: the fact naming him."""
    answer = ask(engine, "who was in charge of the fact finding mission the csto sent to armenia?")
    assert answer.answered
    assert "Sidorov" in answer.text
    assert "from May 2021 to November 2022" not in answer.text


def test_the_record_still_answers_what_it_says(engine: Engine) -> None:
    """The withdrawal the record's own note states is still answered from the record."""
    answer = ask(engine, "when did the csto troops leave kazakhstan")
    assert answer.answered
    assert "19 January" in answer.text


def test_a_new_name_is_the_renaming(engine: Engine) -> None:
    """When the republic got its new name is the day it was renamed (2017), not 1988-2023."""
    answer = ask(engine, "when did artsakh get its name")
    assert answer.answered
    assert "20 February 2017" in answer.text
    assert "from 1988 to 2023" not in answer.text
