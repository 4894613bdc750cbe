"""'The next secretary general', and a post taken up at a session: the holder after the one of
that time, and the session's appointment, not today's holder or the chairmanship."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_the_next_holder_at_a_date_is_the_one_after_that_times_holder(engine: Engine) -> None:
    """In 2019 Zas was next (after Khachaturov and the acting Semerikov)."""
    answer = ask(engine, "who was going to be the next secretary general in early 2019?")
    assert answer.answered
    assert "Zas" in answer.text and "Semerikov (Russia), in office" not in answer.text


def test_no_next_holder_recorded_is_said_not_searched_for(engine: Engine) -> None:
    """After the last recorded term, 'the next one' is not known: no fact found instead."""
    answer = ask(engine, "who is the next csto secretary general going to be?")
    assert not answer.answered
    assert "records no Secretary General after" in answer.text


def test_a_post_taken_up_at_a_session_is_its_appointment(engine: Engine) -> None:
    """'Who took over as secretary general at the Yerevan summit in 2022': the session appointed
    Tasmagambetov; the chairmanship it handed on is not the post asked."""
    answer = ask(engine, "who took over as secretary general at the 2022 yerevan summit?")
    assert answer.answered
    assert "Tasmagambetov" in answer.text
    assert not answer.text.startswith(("Armenia handed", "Nikol Pashinyan chaired"))


def test_the_top_post_asked_who_held_names_its_holder(engine: Engine) -> None:
    """'Who held the top administrative post in 2021': the holder then (Zas), not the fact
    saying what the post is, which names no one."""
    answer = ask(engine, "who held the top administrative post in 2021?")
    assert answer.answered
    assert "Zas" in answer.text


def test_a_chair_picked_up_is_taken_over(engine: Engine) -> None:
    """'Which country picked up the rotating presidency in 2016': Belarus took it over."""
    answer = ask(engine, "which country picked up the rotating presidency in 2016?")
    assert answer.answered
    assert "Belarus" in answer.text
