"""Events named in everyday words: "boots hit the ground" is troops arriving, "the big meeting"
a summit, and a session's "format" is how it was held (by videoconference, in person)."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_boots_hitting_the_ground_is_troops_arriving(engine: Engine) -> None:
    answer = ask(engine, "when did csto boots hit the ground in kazakhstan?")
    assert answer.answered
    assert "6 January 2022" in answer.text


def test_the_big_meeting_is_a_summit(engine: Engine) -> None:
    answer = ask(engine, "where'd they hold the big meeting in nov 2024?")
    assert answer.answered
    assert "Astana" in answer.text


def test_a_sessions_format_is_how_it_was_held(engine: Engine) -> None:
    answer = ask(engine, "in what format was the august 2021 session held?")
    assert answer.answered
    assert "videoconference" in answer.text


def test_two_whens_each_get_their_date(engine: Engine) -> None:
    # The first part's answer leads with another fact (the 2014 plans) than the whole answer
    # (the 2016 decision): it is shown too, not taken as said by the whole.
    answer = ask(
        engine,
        "when was the crisis response centre first floated and when was the decision to set it"
        " up actually taken?",
    )
    assert "2014" in answer.text
    assert "14 October 2016" in answer.text
