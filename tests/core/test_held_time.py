"""A bare follow-up is asked at the time the conversation holds: a fact of another time is no
answer to it; a fact of that time is looked for, else the bot declines.

The conversations are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.api import Context
from bot.core.engine import Engine


def test_why_after_a_return_gives_the_reason_of_that_year(engine: Engine) -> None:
    """'Why was that?' after Uzbekistan's 2006 return: the reason given for the return
    (EurAsEC), not the one experts gave for its 2012 suspension."""
    context = Context(conversation="held-why-return")
    given = engine.answer("when did uzbekistan rejoin the csto?", context)
    assert "2006" in given.text
    answer = engine.answer("why was that?", context)
    assert answer.answered
    assert "EurAsEC" in answer.text and "2012" not in answer.text


def test_why_in_lower_case_without_a_mark(engine: Engine) -> None:
    """Another wording, the bare 'why' with no question mark, gives the same year's reason."""
    context = Context(conversation="held-why-bare")
    engine.answer("in which year did uzbekistan return", context)
    answer = engine.answer("why", context)
    assert answer.answered and "EurAsEC" in answer.text and "suspension" not in answer.text


def test_why_with_no_fact_of_the_time_is_declined(engine: Engine) -> None:
    """'Why?' after the Charter's 2002 signing: no reason of that time is recorded, and the
    2012 reason for Uzbekistan's suspension is no answer, so the bot declines."""
    context = Context(conversation="held-why-charter")
    given = engine.answer("in what year was the charter signed", context)
    assert "2002" in given.text
    answer = engine.answer("why?", context)
    assert not answer.answered
    assert "Uzbekistan" not in answer.text


def test_another_one_picked_out_is_asked_at_its_own_time(engine: Engine) -> None:
    """'What about the second one?' after the first Karabakh war's end picks the second war
    out: its 2020 facts answer, though the time in play was another."""
    context = Context(conversation="held-second-one")
    engine.answer("when did the first karabakh war end?", context)
    answer = engine.answer("what about the second one?", context)
    assert answer.answered and "2020" in answer.text


def test_a_later_word_on_the_time_in_play_still_answers(engine: Engine) -> None:
    """'Who led it?' after the January 2022 deployment: the commander's fact answers."""
    context = Context(conversation="held-who-led")
    engine.answer("when did the csto deploy to kazakhstan", context)
    answer = engine.answer("who led it?", context)
    assert answer.answered and "Serdyukov" in answer.text
