"""'When did his term end', 'when did Bordyuzha become secretary general': the dates of the
person's posts answer, in a follow-up too."""

from __future__ import annotations

from bot.core.api import Context
from bot.core.engine import Engine
from bot.evaluation import answer_text


def test_when_his_term_ended_after_the_holder_was_named(shipped_engine: Engine) -> None:
    context = Context(conversation="term-dates")
    shipped_engine.answer(
        "who was CSTO secretary general at the time of the 2016 Yerevan summit?", context
    )
    answer = shipped_engine.answer("when did his term end?", context)
    assert answer.answered, answer.text
    assert answer.intent == "person.roles"
    assert "31 December 2016" in answer_text(answer)


def test_when_he_took_up_the_post(shipped_engine: Engine) -> None:
    answer = shipped_engine.answer("when did Bordyuzha become secretary general?")
    assert answer.intent == "person.roles"
    assert "2003" in answer_text(answer)
