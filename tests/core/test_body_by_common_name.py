"""A body asked by the name people commonly give it ("the CSTO parliament") is that body: its
own record answers who heads it, not a fact that happens to say 'head' and 'parliamentary'."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.core.api import Answer


@pytest.mark.parametrize(
    "question",
    [
        "who heads the csto parlament thing",
        "who chairs the csto's parliament",
        "who runs the parliament of the csto",
    ],
)
def test_the_csto_parliament_is_its_parliamentary_assembly(
    talk: Callable[..., list[Answer]], question: str
) -> None:
    """Volodin chairs the Parliamentary Assembly; Kartapolov heads a Duma committee."""
    (answer,) = talk(question)
    assert answer.answered
    assert "Volodin" in answer.text
    assert "Kartapolov" not in answer.text
