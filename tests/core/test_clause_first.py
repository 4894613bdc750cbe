"""A question put after a clause of its own ("when Armenia asked for help, what did ...")."""

from __future__ import annotations

from bot.core.answering.check import Relation, asked
from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_when_clause_opening_the_question_asks_no_date() -> None:
    """'When X asked ..., what did ...' asks what; 'when did X ... and what ...' asks when."""
    clause = ("when", "armenia", "asked", "for", "help", "what", "did", "the", "bloc", "send")
    assert asked(clause, []).relation is Relation.WHAT
    question = ("when", "did", "armenia", "ask", "for", "help", "and", "what", "did", "it", "get")
    assert asked(question, []).relation is Relation.WHEN


def test_allies_are_the_bloc_not_a_topic(engine: Engine) -> None:
    """'Its allies' are the CSTO: the fact on what the other members sent answers."""
    for question in (
        "When Armenia asked its allies for military help in Sept 2022, what did the CSTO send?",
        "what did armenia's allies send when it asked for help in september 2022?",
    ):
        answer = ask(engine, question)
        assert answer.answered
        assert "fact-finding" in answer.text
        assert "foreign ministry" not in answer.text
