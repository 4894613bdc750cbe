"""'And who has it now?' after a post's holder at a past date asks today's holder of that post:
'it' is the post in play, not the organization, and 'now' is not the time in play.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_the_chair_now_after_the_chair_of_a_year(talk: Callable[..., list[Answer]]) -> None:
    """The chair of 2025 (Kyrgyzstan), then now: Russia, 2026, not the organization's overview."""
    _, now = talk("who chaired the csto in 2025?", "and who has it now?")
    assert now.answered
    assert now.text.startswith("Russia holds the CSTO chairmanship in 2026")


def test_the_secretary_general_now_after_one_of_a_year(talk: Callable[..., list[Answer]]) -> None:
    """The Secretaries General of 2018, then 'who holds it now': Masadykov, not the chair."""
    _, now = talk("who was secretary general in 2018", "who holds it now")
    assert now.answered
    assert now.text.startswith("The current Secretary General is Taalatbek Masadykov")


def test_and_now_asks_the_post_of_today(talk: Callable[..., list[Answer]]) -> None:
    """'And now?' after the Secretaries General of 2018: today's, not the CSTO's overview."""
    _, now = talk("who was secretary general in 2018", "and now?")
    assert now.answered
    assert "Masadykov" in now.text.split(". ")[0]
