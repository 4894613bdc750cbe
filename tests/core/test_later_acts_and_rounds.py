"""'And the next big round of it?' is the later conflict between the same parties, told by its
record; 'did Belarus ever sign it?' is not answered by a fact that it did not sign then."""

from __future__ import annotations

import pytest

from bot.core.api import Context
from bot.core.engine import Engine
from bot.evaluation import answer_text
from tests.core.asking import ask


def test_the_next_round_of_a_conflict_in_play(shipped_engine: Engine) -> None:
    context = Context(conversation="next-round")
    shipped_engine.answer("when did the 2021 Kyrgyz-Tajik border fighting begin?", context)
    answer = shipped_engine.answer("and the next big round of it?", context)
    assert answer.answered, answer.text
    assert "September 2022" in answer_text(answer)


@pytest.mark.parametrize(
    "question",
    [
        "did Belarus ever sign the rapid reaction force agreement?",
        "did Belarus sign the rapid reaction force agreement later?",
    ],
)
def test_a_later_act_is_not_answered_by_its_denial_then(
    shipped_engine: Engine, question: str
) -> None:
    answer = ask(shipped_engine, question)
    assert answer.answered, answer.text
    assert "20 October 2009" in answer.text


def test_never_still_answers_ever(shipped_engine: Engine) -> None:
    """ "Has never been a member" is the answer to "was it ever", not a denial of another time."""
    answer = ask(shipped_engine, "was Serbia ever a member?")
    assert answer.text.startswith("No"), answer.text
