"""Asked what someone answered or replied, an answer states an act of response ("promised",
"declined"); the record of the invitation or request alone does not say what came back."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_an_invitation_is_not_its_reply(talk: Callable[..., list[Answer]]) -> None:
    """The 2014 invitation to five parliaments records no reply from any of them."""
    (answer,) = talk(
        "what did pakistan reply to the parliamentary assembly's invitation to cooperate"
    )
    assert not answer.answered


def test_a_recorded_promise_answers_what_came_back(talk: Callable[..., list[Answer]]) -> None:
    """Moscow's promise of help is what it answered Pashinyan's request with."""
    (answer,) = talk("when pashinyan asked putin for help in october 2020, what did moscow answer?")
    assert answer.answered
    assert "territory" in answer.text
