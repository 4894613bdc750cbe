"""Those invited to a session are its guests, asked as its attendance, although "president" is
also a word of the chairmanship.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_an_invited_president_is_a_guest_not_the_chair(engine: Engine) -> None:
    """Mirziyoyev was invited to the August 2021 session; Rahmon chaired it."""
    answer = ask(
        engine, "which outside president got an invitation to the august 2021 csto session?"
    )
    assert answer.answered
    assert "Mirziyoyev" in answer.text.split(". ")[0]


def test_the_chair_is_still_the_chair(engine: Engine) -> None:
    """Asked who chaired it, Rahmon."""
    answer = ask(engine, "who chaired the august 2021 session")
    assert answer.answered
    assert "Rahmon" in answer.text.split(". ")[0]
