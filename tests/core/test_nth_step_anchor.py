"""An event named as the nth time a state took a step ("when Uzbekistan left the second
time") is that step, of those its record holds."""

from __future__ import annotations

import pytest

from bot.core.api import Context
from bot.core.engine import Engine


@pytest.mark.parametrize(
    ("question", "holder", "when"),
    [
        ("who was secretary general when uzbekistan left the second time?", "Bordyuzha", "2012"),
        ("who was secretary general when uzbekistan left for the last time?", "Bordyuzha", "2012"),
    ],
)
def test_the_nth_step_is_the_events_date(
    engine: Engine, question: str, holder: str, when: str
) -> None:
    """The second of Uzbekistan's exits is 2012: the holder then answers."""
    answer = engine.answer(question)
    assert answer.answered, answer.text
    assert holder in answer.text
    assert when in answer.text


def test_the_first_step_is_before_any_secretary_general(engine: Engine) -> None:
    """The first exit (1999) came before the first Secretary General (2003): none is named."""
    answer = engine.answer("who was secretary general when uzbekistan left the first time?")
    assert "1999" in answer.text, answer.text
    assert "Bordyuzha (Russia), in office from 2003" not in answer.text.split(".")[0]


def test_a_step_beyond_the_record_names_no_date(engine: Engine) -> None:
    """A third exit the record does not hold is no event: no holder is given for it."""
    answer = engine.answer("who was secretary general when uzbekistan left the third time?")
    assert "2012" not in answer.text, answer.text


def test_the_nth_step_leads_the_answer(engine: Engine) -> None:
    """ "When did it drop out the second time": the 2012 suspension leads, not 1999."""
    answer = engine.answer("when did uzbekistan drop out the second time")
    assert answer.text.index("2012") < answer.text.index("1999"), answer.text


def test_why_after_the_first_exit_is_not_the_later_reason(engine: Engine) -> None:
    """ "When did it first leave" then "why?": the 2012 suspension's reason is another time."""
    context = Context(conversation="first-exit-why")
    engine.answer("When did Uzbekistan first leave the treaty?", context)
    answer = engine.answer("why?", context)
    assert "2012 suspension" not in answer.text, answer.text
