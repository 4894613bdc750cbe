"""'That country' after a session's handover: the state the answer led with, and its leader at
the session's time; after a list, which state is meant is no guess."""

from __future__ import annotations

from bot.core.api import Context
from bot.core.engine import Engine
from bot.evaluation import answer_text


def _conversation(engine: Engine, name: str, *questions: str) -> list[str]:
    context = Context(conversation=name)
    return [answer_text(engine.answer(question, context)) for question in questions]


def test_the_leader_of_the_state_that_took_over_the_chair(shipped_engine: Engine) -> None:
    *_, last = _conversation(
        shipped_engine,
        "that-country",
        "where was the CSTO summit of October 2016?",
        "which country took over the presidency there?",
        "and who was leading that country?",
    )
    assert "Lukashenko" in last


def test_that_country_after_a_list_is_not_its_first_item(shipped_engine: Engine) -> None:
    *_, last = _conversation(
        shipped_engine,
        "that-country-list",
        "which countries are in the csto?",
        "is that country still in the organisation?",
    )
    assert "Russia has been a member" not in last
