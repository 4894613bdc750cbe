"""An event named as the nth time a state took a step ("when Uzbekistan left the second
time") is that step, of those its record holds."""

from __future__ import annotations

import pytest

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
