"""A follow-up asks of the term in play: of a person's posts named alike, the one the
conversation's time falls in leads, not the first one recorded.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.api import Context
from bot.core.engine import Engine


def test_a_bare_until_when_asks_of_the_term_just_given(engine: Engine) -> None:
    """Semerikov acted as Secretary General twice (2017 and 2018-2019): after the holder who
    followed Khachaturov is given, 'till when did he serve?' asks of that second term."""
    context = Context(conversation="term-in-play")
    given = engine.answer("who took over from yuri khachaturov?", context)
    assert "Semerikov" in given.text
    answer = engine.answer("till when did he serve?", context)
    assert answer.answered
    lead = answer.text.split(". ")[0]
    assert "2019" in lead and "2017" not in lead


def test_alone_the_first_recorded_term_still_leads(engine: Engine) -> None:
    """Without a time in play nothing reorders his posts: the record's order stands."""
    answer = engine.answer("who is valery semerikov?", Context(conversation="term-alone"))
    assert answer.answered
    assert "2017" in answer.text.split(". ")[0]


def test_that_term_is_the_one_holder_s_not_the_body_s(engine: Engine) -> None:
    """After the one holder a post was given to (Tasmagambetov, with the Secretariat he heads
    in play behind him), 'and when was that mandate over?' asks of his term: 2025."""
    context = Context(conversation="that-term")
    given = engine.answer("who was named secretary general at the yerevan summit of 2022?", context)
    assert "Tasmagambetov" in given.text
    answer = engine.answer("and when was that mandate over?", context)
    assert answer.answered
    assert "2025" in answer.text
