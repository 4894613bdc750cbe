""" "The 2022 summit" is none of that year's emergency sessions; its candidates are answered in
brief, each by what was asked (the host, not the chair)."""

from __future__ import annotations

from bot.core.api import Context
from bot.core.engine import Engine


def test_the_years_summits_are_answered_each(engine: Engine) -> None:
    """Four sessions in 2022, two of them summits: each named with its host."""
    answer = engine.answer("who was the host of the 2022 csto summit?")
    assert answer.answered, answer.text
    assert "hosted by Armenia" in answer.text
    assert "hosted by Russia" in answer.text
    assert "Extraordinary" not in answer.text


def test_an_emergency_session_is_still_found_when_asked(engine: Engine) -> None:
    """Asked of the emergency meeting, the extraordinary sessions are the candidates."""
    answer = engine.answer("who chaired the 2022 emergency summit?")
    assert answer.answered, answer.text
    assert "Extraordinary session" in answer.text


def test_the_host_leads_when_asked(engine: Engine) -> None:
    """At the Moscow jubilee summit Armenia chaired but Russia hosted: the host leads."""
    answer = engine.answer("who hosted the csto summit in may 2022?")
    assert answer.answered, answer.text
    assert "hosted by Russia" in answer.text.split(".")[0], answer.text


def test_a_follow_up_picks_the_candidate_its_words_speak_of(engine: Engine) -> None:
    """After the two 2022 summits, "who was named sg there" is the one whose facts say an
    appointment (the short form of the post counts as the post's words)."""
    conversation = Context(conversation="summit-of-a-year-follow-up")
    engine.answer("who was the host of the 2022 csto summit?", conversation)
    answer = engine.answer("who was named sg there?", conversation)
    assert answer.answered, answer.text
    assert "Tasmagambetov" in " ".join((answer.text, *answer.items))
