"""Two conflicts fit a question equally: each answered in brief, labelled, not asked back.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_two_rounds_of_clashes_are_each_answered_by_their_span(shipped_engine: Engine) -> None:
    """'When did Kyrgyzstan and Tajikistan go to war with each other?': both rounds, each by
    its own record's span, each label said once."""
    answer = shipped_engine.answer("when did kyrgyzstan and tajikistan go to war with each other?")
    assert answer.answered
    assert "April 2021" in answer.text and "September 2022" in answer.text
    label = "Kyrgyzstan-Tajikistan border clashes, April 2021:"
    assert answer.text.count(label) == 1


def test_a_state_no_party_to_a_conflict_does_not_point_at_it(engine: Engine) -> None:
    """ "What happened with Uzbekistan in 1999 and 2012": no conflict of the fact base has
    Uzbekistan as a party, so none that merely ran in those years is the answer; a party and a
    year still point at its conflict."""
    answer = ask(engine, "what happened with uzbekistan in 1999 and in 2012?")
    assert "Nagorno-Karabakh" not in answer.text
    assert "Kazakh" in ask(engine, "what happened in kazakhstan in january 2022").text
