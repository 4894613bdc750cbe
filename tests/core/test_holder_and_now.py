"""'He' after an office holder at a date is that holder; "it ... now" after a past session is
the lasting body the session spoke of."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_he_after_a_dated_holder_is_that_holder(talk: Callable[..., list[Answer]]) -> None:
    """ "What country is he from?" after the Secretary General in 2021 asks of Zas, not of the
    office today."""
    _, country, successor = talk(
        "who was sg in 2021", "what country is he from?", "who replaced him?"
    )
    assert "Belarus" in country.text
    assert "Masadykov" not in country.text
    assert "Tasmagambetov" in successor.text


def test_it_now_after_a_session_is_the_body_it_set_up(talk: Callable[..., list[Answer]]) -> None:
    """A past session is nothing "now": "who heads it now?" asks of the body it created."""
    _, head, before = talk(
        "What was created at the Dushanbe session of April 2003?",
        "who heads it now?",
        "and who was before him?",
    )
    assert head.intent == "body.leadership"
    assert "Serdyukov" in head.text
    assert "Sidorov" in before.text
