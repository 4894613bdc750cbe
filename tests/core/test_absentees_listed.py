"""Several states an absence names are a list in play: a follow-up picks among them.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.api import Context
from bot.core.engine import Engine


def test_which_of_the_states_that_stayed_out_returned(engine: Engine) -> None:
    """After the 1999 renewal's absentees (Azerbaijan, Georgia, Uzbekistan) are given, 'did
    any of them rejoin later' asks of those states: Uzbekistan's return, not the protocol."""
    context = Context(conversation="absentees-listed")
    given = engine.answer("who stayed out of the 1999 treaty renewal protocol?", context)
    assert given.intent == "summit.absences" and "Uzbekistan" in given.text
    answer = engine.answer("did any of them rejoin later?", context)
    assert answer.answered
    assert "Uzbekistan" in answer.text and "2006" in answer.text


def test_one_absent_leader_is_no_list(engine: Engine) -> None:
    """One absentee (a state with its leader) adds no list: after his reason is given, who
    stood in for him is still asked of the session in play."""
    context = Context(conversation="one-absentee")
    given = engine.answer("which leader skipped the october 2016 yerevan summit", context)
    assert "Nazarbayev" in given.text
    engine.answer("what reason did his office give", context)
    answer = engine.answer("who went in his place", context)
    assert answer.answered and "Sagintayev" in answer.text
