"""Asked of an appointment ("pick a new secretary general"), the record of the appointment says
the holder is new by the act itself; "couldn't" is a negation, not what is asked about."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_why_no_new_secretary_general_picked(engine: Engine) -> None:
    """'Why didn't they pick a new secretary general' gets the reason the appointment was
    postponed at that session ("for lack of quorum"), though the record never says "new"."""
    for question in (
        "why didn't they pick a new secretary general in st petersburg in december 2016",
        "Why couldn't they pick a new top official at the St Petersburg meeting in December 2016?",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert "quorum" in answer.text, question


def test_new_without_an_appointment_asked_must_still_be_said(engine: Engine) -> None:
    """'The new secretary general Masadykov is from Tajikistan?': no appointment is asked, so
    the record of his appointment does not stand for "new"; his own record answers (Kyrgyz)."""
    answer = ask(engine, "the new secretary general masadykov is from tajikistan?")
    assert answer.answered
    assert "Kyrgyz" in answer.text
