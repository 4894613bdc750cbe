"""A short label before the question ("for round 5:", "trick question -") is set aside when the
question with it finds nothing; a label that says what is asked about is kept."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.language.asides import without_label
from bot.evaluation import answer_text
from tests.core.asking import ask


def _names_nothing(_: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        ("for round 5: official death toll in Kazakhstan?", "official death toll in Kazakhstan?"),
        ("round 6 draft - what does a member need?", "what does a member need?"),
    ],
)
def test_a_label_is_set_aside(question: str, rest: str) -> None:
    assert without_label(question, _names_nothing) == rest


@pytest.mark.parametrize(
    "question",
    [
        "ok back to the charter - where was it signed?",  # a word of the domain
        "and the 2019 meeting: who took the presidency?",  # a time and a summit word
        "what happened: who left?",  # the label asks something itself
        "round 4: why?",  # too little left to ask
    ],
)
def test_a_label_that_says_what_is_asked_is_kept(question: str) -> None:
    assert without_label(question, _names_nothing) is None


def test_a_label_that_names_something_known_is_kept() -> None:
    assert without_label("Kazakhstan 2022: how many were injured?", lambda text: True) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("for round 5: official death toll of the January 2022 unrest in Kazakhstan?", "225"),
        (
            "trick question: which CSTO secretary general got recalled by his own country "
            "halfway through, and in what year?",
            "Khachaturov",
        ),
    ],
)
def test_labelled_questions_are_answered(
    shipped_engine: Engine, question: str, expected: str
) -> None:
    answer = ask(shipped_engine, question)
    assert answer.answered, answer.text
    assert expected in answer_text(answer)
