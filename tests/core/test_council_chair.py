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
