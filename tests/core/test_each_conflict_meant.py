"""Two conflicts fit a question equally: each answered in brief, labelled, not asked back.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from bot.core.engine import Engine


def test_two_rounds_of_clashes_are_each_answered_by_their_span(shipped_engine: Engine) -> None:
    """'When did Kyrgyzstan and Tajikistan go to war with each other?': both rounds, each by
    its own record's span, each label said once."""
    answer = shipped_engine.answer("when did kyrgyzstan and tajikistan go to war with each other?")
    assert answer.answered
    assert "April 2021" in answer.text and "September 2022" in answer.text
    label = "Kyrgyzstan-Tajikistan border clashes, April 2021:"
    assert answer.text.count(label) == 1
