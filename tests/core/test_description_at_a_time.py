"""'What did the Council decide on <date>': what the body is says nothing of what it did then."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_body_description_is_no_answer_for_a_dated_act(engine: Engine) -> None:
    """No fact of the month asked in the description: no answer, not the description."""
    for question in (
        "What did the Collective Security Council decide on 19 December 2012?",
        "What did the Collective Security Council decide in November 2022?",
    ):
        answer = ask(engine, question)
        assert not answer.answered or "highest body" not in answer.text, (question, answer.text)


def test_a_claim_of_a_year_is_still_checked_against_the_record(engine: Engine) -> None:
    """'Zas took over as secretary general in 2017, right?' asks no 'what': its record answers."""
    answer = ask(engine, "zas took over as secretary general in 2017 right?")
    assert answer.answered
