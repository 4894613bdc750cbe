"""'What is it meant to do?': a purpose asked by a word of purpose before "to", which facts
state ("its purpose is ..."), not the record of when the thing was set up."""

from __future__ import annotations

from bot.core.answering.check import Relation, asked
from bot.core.api import Context
from bot.core.engine import Engine
from bot.evaluation import answer_text


def test_meant_to_do_asks_a_purpose() -> None:
    assert asked(("what", "is", "it", "meant", "to", "do"), []).relation is Relation.PURPOSE
    assert asked(("what", "is", "it", "for"), []).relation is Relation.PURPOSE
    assert asked(("what", "did", "they", "decide", "to", "do"), []).relation is not Relation.PURPOSE


def test_what_a_body_in_play_is_meant_to_do(shipped_engine: Engine) -> None:
    context = Context(conversation="purpose")
    shipped_engine.answer("when did the CSTO decide to create its crisis response centre?", context)
    answer = shipped_engine.answer("what is it meant to do?", context)
    assert answer.answered, answer.text
    assert "information exchange" in answer_text(answer)
