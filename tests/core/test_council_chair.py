"""Who was in charge of the council: the rotating chairmanship, and an aside keeping its event."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.core.engine import Engine
from tests.core.asking import ask


def test_head_of_the_council_is_the_chairing_state(shipped_engine: Engine) -> None:
    """The council's head in a year is the state chairing the CSTO, not the Secretary General."""
    answer = ask(shipped_engine, "who was in charge of the council in 2022?")
    assert answer.intent == "org.presidency"
    assert "Armenia" in answer.text
    assert "Zas" not in answer.text


def test_an_aside_on_the_chair_keeps_the_event_in_play(talk: Callable[..., list[Answer]]) -> None:
    """After "who chaired the council then?", "they" is still the deployment in play, not the
    chairing state or a summit the aside's answer cited."""
    *_, chair, pulled_out = talk(
        "when did the csto send troops into kazakhstan?",
        "who commanded them?",
        "who was in charge of the csto council then?",
        "when did they pull out?",
    )
    assert "Pashinyan" in chair.text
    assert "19 January" in pulled_out.text
    assert "frozen" not in pulled_out.text


def test_he_after_an_aside_is_the_holder(talk: Callable[..., list[Answer]]) -> None:
    """The person an aside answered still leads: "he" asks of the Secretary General then."""
    *_, holder, country = talk(
        "when did the csto send troops into kazakhstan?",
        "who was secretary general then?",
        "which country is he from?",
    )
    assert "Zas" in holder.text
    assert "Belarus" in country.text


def test_the_chair_after_a_summit_is_the_state_it_was_handed_to(
    talk: Callable[..., list[Answer]],
) -> None:
    """ "Who took over the chair after that?" at a summit: the state it handed the chair to."""
    *_, after = talk(
        "where was the 2025 summit?", "who chaired it?", "who took over the chair after that?"
    )
    assert after.intent == "org.presidency"
    assert "to Russia" in after.text


def test_the_chair_before_a_month_is_the_last_hand_over_before_it(shipped_engine: Engine) -> None:
    """Before a month: the hand-over that gave the chair to the state holding it then."""
    answer = ask(shipped_engine, "who held the chairmanship before november 2017?")
    assert "Armenia" in answer.text
    assert "to Kazakhstan" not in answer.text


def test_a_day_of_a_date_is_no_topic_word(shipped_engine: Engine) -> None:
    """The day in "23 November 2022" is part of the time, not a word the facts must say: the
    summit's record of who took part answers."""
    answer = ask(
        shipped_engine, "Which leaders took part in the Yerevan summit of 23 November 2022?"
    )
    assert "Putin" in answer.text
    assert "Lukashenko" in answer.text


def test_the_chair_at_an_event_the_question_names(engine: Engine) -> None:
    """ "Who announced the Kazakhstan deployment as council chair": the chair then (Armenia,
    Pashinyan, January 2022), not today's chair; the state named is the event's place."""
    answer = ask(engine, "who announced the kazakhstan deployment as council chair?")
    assert answer.answered
    assert "Pashinyan" in answer.text
    assert "2026" not in answer.text
