"""'Is there a clause for a country to leave?' asks whether a rule exists: the closed world's
'is Tashkent a member?' (a known non-state named as a member) does not decline it.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_clause_for_leaving_is_looked_up(engine: Engine) -> None:
    """The charter's missing withdrawal clause is a fact, asked with "a country" or not."""
    for question in (
        "is there a clause in the charter for a country to leave",
        "is there a clause in the charter that lets a country withdraw",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert "no unilateral-withdrawal clause" in answer.text, answer.text


def test_a_non_state_named_as_member_is_still_declined(engine: Engine) -> None:
    """'Is Tashkent a member?': a city is no member, and the member list is no answer."""
    answer = ask(engine, "is tashkent a member?")
    assert not answer.answered
    assert "Russia, Armenia" not in answer.text
