"""Asked when (or how) a conflict started, its record's span answers when no fact found says
the start; a fact that does say it still leads, and a start in a clause of time is no ask."""

from __future__ import annotations

from bot.core.engine import Engine


def test_the_span_answers_the_start(engine: Engine) -> None:
    """The September 2022 Kyrgyz-Tajik clashes: only the record dates their start."""
    answer = engine.answer("when did fighting between kyrgyzstan and tajikistan start in 2022?")
    assert answer.answered, answer.text
    assert "14 September 2022" in answer.text


def test_a_fact_saying_the_start_still_leads(engine: Engine) -> None:
    """The 2021 clashes have a fact of their own start: it answers."""
    answer = engine.answer("when did the kyrgyz-tajik border clashes of 2021 begin?")
    assert answer.answered, answer.text
    assert answer.text.startswith("The 2021 Kyrgyz-Tajik clashes started on 28 April 2021")


def test_a_start_in_a_clause_of_time_is_not_asked(engine: Engine) -> None:
    """ "What did Zas do when the unrest started" asks his act, not the unrest's span."""
    answer = engine.answer("what did zas do when the kazakhstan unrest started")
    assert not answer.text.startswith("2022 Kazakh unrest"), answer.text
