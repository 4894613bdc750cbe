"""A size asked in words ("how big", "how large", "what size") asks for a figure, as "how many"
does; the event that only says which force is meant need not be the one the figure was given at."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.core.answering.check import Relation, asked
from bot.core.api import Answer
from bot.core.language.normalize import tokens


@pytest.mark.parametrize(
    "question",
    ["how big was the force", "how large is it", "what size was the contingent"],
)
def test_size_words_ask_a_count(question: str) -> None:
    """The size phrases open a count, so the check looks for a figure."""
    assert asked(tuple(tokens(question)), []).relation is Relation.COUNT


def test_size_of_a_force_sent_is_its_figure(talk: Callable[..., list[Answer]]) -> None:
    """'Sent' names the deployment; the figure reported at its withdrawal still answers."""
    (answer,) = talk("how large was the csto force sent into kazakhstan")
    assert answer.answered
    assert "2,000" in answer.text


def test_size_of_an_unknown_force_is_not_guessed(talk: Callable[..., list[Answer]]) -> None:
    """A size the facts do not give is not answered with another force's figure."""
    (answer,) = talk("how big is the csto force in mongolia")
    assert "2,000" not in answer.text
