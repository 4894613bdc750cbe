"""Asked when, an answer giving back only the question's own date answers nothing."""

from __future__ import annotations

from bot.core.engine import Engine


def test_the_askers_own_date_is_no_answer(engine: Engine) -> None:
    """The landing on 6 January is what the asker said, not when the troops left."""
    answer = engine.answer(
        "the first csto units landed in almaty on 6 january 2022 - by what date had they all left?"
    )
    assert not answer.answered, answer.text
    assert "already gives" in answer.text


def test_a_date_checked_is_answered(engine: Engine) -> None:
    """ "Did they land on 6 January 2022?" checks that date: the fact confirming it answers."""
    answer = engine.answer("did the first csto units arrive in almaty on 6 january 2022?")
    assert answer.answered, answer.text
    assert "6 January 2022" in answer.text


def test_a_finer_date_than_the_question_gives_answers(engine: Engine) -> None:
    """Asked within a month, the day is news: it is given."""
    answer = engine.answer("when did the first csto troops arrive in almaty in january 2022")
    assert answer.answered, answer.text
    assert "6 January 2022" in answer.text
