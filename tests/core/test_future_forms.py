"""Questions about what is still to come, in Russian verb forms and by "upcoming", are declined."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_russian_future_verbs_ask_what_is_still_to_come(engine: Engine) -> None:
    """A Russian perfective verb in its present form is the future: no past record answers it."""
    for question in (
        "когда пройдут следующие учения одкб?",
        "когда проведут очередные учения ОДКБ",
        "когда состоится саммит одкб в москве?",
    ):
        answer = ask(engine, question)
        assert not answer.answered, question
        assert answer.confidence < 0.5, question


def test_upcoming_puts_the_thing_asked_in_the_future(engine: Engine) -> None:
    """'What are the upcoming exercises' is not answered by a past 'upcoming' presidency."""
    for question in (
        "what are the upcoming csto exercises?",
        "what's on the agenda of the upcoming csto summit",
    ):
        answer = ask(engine, question)
        assert not answer.answered, question
        assert "Peskov" not in answer.text, question


def test_next_after_a_past_summit_still_answers(engine: Engine) -> None:
    """'Next' after a past session asks the past: the St Petersburg session answers it."""
    answer = ask(
        engine,
        "What was the next CSTO meeting after the Yerevan one in October 2016, and what happened "
        "there?",
    )
    assert answer.answered
    assert "St Petersburg" in answer.text
