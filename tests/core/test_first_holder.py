"""'Who was the first ...' of a post is only answered by name when the records know every
holder's start; a holder in post from an unrecorded start means the first is not known.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_the_first_of_a_post_with_an_undated_holder_is_not_guessed(engine: Engine) -> None:
    """Sidorov was Chief of the Joint Staff by 2016, start unrecorded: Serdyukov (2023), the
    earliest dated term, must not be called the first."""
    for question in (
        "who was the first chief of the joint staff",
        "first head of the joint staff?",
    ):
        answer = ask(engine, question)
        assert "The first Chief of the Joint Staff was" not in answer.text
        assert "cannot say who was the first" in answer.text
        assert "Sidorov" in answer.text


def test_the_first_of_a_fully_dated_post_is_named(engine: Engine) -> None:
    """Every Secretary General's start is recorded: Bordyuzha (2003) was the first."""
    answer = ask(engine, "who was the first secretary general")
    assert answer.answered
    assert answer.text.startswith("The first Secretary General was Nikolai Bordyuzha")
