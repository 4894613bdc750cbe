"""Which of two events came first: each dated by its own question, one event's several facts
dating it once, and an ask joined after the events left out of them."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.understanding.order import order_ask


def test_an_event_with_a_record_and_a_timeline_is_dated(engine: Engine) -> None:
    """The Kazakhstan deployment's record and timeline both date it: one event, not several."""
    answer = engine.answer(
        "what happened first: the csto deployment to kazakhstan or armenia's appeal over sev lake?"
    )
    assert answer.answered, answer.text
    assert answer.text.lower().startswith("armenia's appeal"), answer.text


def test_a_joined_ask_is_not_part_of_the_second_event() -> None:
    """ ", and when?" after the events asks their dates, which the order's answer gives."""
    asked = order_ask("which came first, the joint staff or the rapid reaction force, and when?")
    assert asked is not None
    assert asked.second == "the rapid reaction force"


def test_the_decision_and_the_signing_are_ordered(engine: Engine) -> None:
    """The May 2002 decision came before the October 2002 Charter."""
    answer = engine.answer(
        "which happened earlier, the signing of the charter or the decision to make the treaty "
        "an organization, and on what dates?"
    )
    assert answer.answered, answer.text
    assert "14 May 2002" in answer.text and "7 October 2002" in answer.text
