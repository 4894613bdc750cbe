"""A count noun after the thing counted ("the vote count") asks that thing's number.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_vote_count_is_not_a_member_count(engine: Engine) -> None:
    """No fact counts votes: a list of members at a date does not answer."""
    for question in (
        "what was the vote count when the uzbek parliament ratified the return in 2008?",
        "what was the final vote tally when the council suspended uzbekistan?",
    ):
        answer = ask(engine, question)
        assert not answer.answered, question


def test_a_count_of_what_the_answer_counts_is_still_answered(engine: Engine) -> None:
    """The member count at a date is the members at that date; a drill's troop count its size."""
    members = ask(engine, "what was the member count in 2008?")
    assert members.answered
    assert "7 members" in members.text
    troops = ask(engine, "what was the official troop count at rubezh-2016?")
    assert troops.answered
    assert "1,000" in troops.text


def test_counted_as_a_verb_counts_nothing(engine: Engine) -> None:
    """ "No longer counted as a member" is no count asked."""
    answer = ask(
        engine, "of the original 1992 signatories, which one is no longer counted as a member?"
    )
    assert answer.answered
    assert "Uzbekistan" in answer.text
