"""A list of the sessions that fit is no answer to a question asking one thing of one session,
or a session on a day none of them was held; a list asked for, or when, is still the list.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.asking import ask


@pytest.mark.parametrize(
    "question",
    [
        "what happened in tbilisi at the same time as the minsk summit?",
        "which council met in extraordinary session on 5 march 2022",
        "what was the mood at the yerevan summit?",
    ],
)
def test_a_list_of_sessions_is_not_the_answer(engine: Engine, question: str) -> None:
    """The sessions' names and dates say nothing asked: no list is given as the answer."""
    answer = ask(engine, question)
    assert not (answer.answered and answer.text.startswith("The fact base records"))


@pytest.mark.parametrize("question", ["list the yerevan summits", "when was the summit in yerevan"])
def test_a_list_asked_or_a_when_is_still_listed(engine: Engine, question: str) -> None:
    """Both Yerevan summits, with their dates."""
    answer = ask(engine, question)
    assert answer.answered
    assert "14 October 2016" in answer.text and "23 November 2022" in answer.text
