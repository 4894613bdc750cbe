"""Asked which anniversaries a summit marked, the answer says each one in years: the Moscow
summit of May 2022 marked 30 years of the treaty and 20 years of the organization, and its fact
said "30 years of the treaty and 20 of the organization", which left the second count bare."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def _shown(answer: Answer) -> str:
    """The answer's text with its listed items, as the user sees them."""
    return " ".join((answer.text, *answer.items))


def test_each_anniversary_is_said_in_years(talk: Callable[..., list[Answer]]) -> None:
    """Wordings in no set: another verb, the Kremlin for Moscow, a bare 'what for'."""
    for question in (
        "which anniversaries were marked at the kremlin summit of may 2022?",
        "moscow 2022 summit - what anniversary was it for?",
        "what did the 2022 moscow summit celebrate",
    ):
        (answer,) = talk(question)
        shown = _shown(answer)
        assert answer.answered, question
        assert "30 years of the treaty" in shown, question
        assert "20 years of the organization" in shown, question
