"""'Was Georgia ever in the treaty, and if so when did it leave?': the second ask hangs on a yes
to the first, and both are asked. Read as one ask, only the leaving was answered (1999), never
the joining (1993)."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.core.understanding.parts import question_parts


def test_if_so_cuts_two_asks() -> None:
    """The conditional joiner cuts as 'and' does, with or without its comma or a '?' before."""
    for question in (
        "was azerbaijan ever in the treaty and if yes when did it leave",
        "did georgia ever belong to the collective security treaty? if so, when did it quit",
        "is belarus a member and if so since when",
    ):
        assert len(question_parts(question)) == 2, question


def test_both_asks_are_answered(talk: Callable[..., list[Answer]]) -> None:
    """Unseen wordings: the joining year and the leaving year are both said."""
    for question in (
        "was azerbaijan ever in the treaty and if yes when did it leave",
        "did georgia ever belong to the collective security treaty? if so, when did it quit",
    ):
        (answer,) = talk(question)
        assert answer.answered, question
        assert "1993" in answer.text and "1999" in answer.text, question
