"""An abstention says why: a question understood whose facts do not answer it is not told "I'm
not sure I understood"; a why-question whose facts give no reason is told so."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_gibberish_is_not_understood(talk: Callable[..., list[Answer]]) -> None:
    """Words the bot does not know: it says it did not understand."""
    (answer,) = talk("blorf the zimzam")
    assert not answer.answered
    assert "not sure I understood" in answer.text


def test_a_reason_no_fact_gives_is_said_so(talk: Callable[..., list[Answer]]) -> None:
    """Understood, but no fact states a reason: that is what it says."""
    (answer,) = talk("why did they put off choosing the new secretary general at the end of 2016?")
    assert not answer.answered
    assert "not sure I understood" not in answer.text
