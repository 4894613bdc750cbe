"""Asked who held an office before (or after) someone took it over, the office's record answers,
whatever verb the question uses for holding it; a term's unknown start says when it was seen."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("Who headed the Joint Staff before Serdyukov took it over?", "Sidorov"),
        ("who led the csto secretariat before masadykov took office", "Tasmagambetov"),
        ("who was in charge of the secretariat after khachaturov was recalled?", "Semerikov"),
    ],
)
def test_the_holder_around_a_takeover_is_named(engine: Engine, question: str, holder: str) -> None:
    """The clause of time is the takeover; the rest asks who held the post."""
    answer = engine.answer(question)
    assert answer.answered, answer.text
    assert holder in answer.text.split(".")[0], answer.text


def test_an_earlier_career_is_still_asked_of_the_person(engine: Engine) -> None:
    """ "What did he do before he took office" asks his own earlier posts, not his predecessor."""
    answer = engine.answer("what did masadykov do before he took office?")
    assert "Tasmagambetov" not in answer.text


def test_a_start_unknown_says_when_the_holder_was_seen(engine: Engine) -> None:
    """A term whose start is unknown says when its source saw it held, not a bare "as of" next
    to a later end."""
    answer = engine.answer("who came before serdyukov as chief of the joint staff?")
    assert answer.answered, answer.text
    assert "in post by October 2016" in answer.text
    assert "(as of October 2016)" not in answer.text
