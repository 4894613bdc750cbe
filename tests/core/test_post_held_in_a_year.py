"""'What post did <person> hold in <year>' asks the post recorded then: it is no question about
what he said, and the post held in the year asked leads; with none recorded then, the answer
says so rather than pass another year's post off as that year's.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_the_post_held_in_the_year_asked_leads(engine: Engine) -> None:
    """Medvedev: President (2009), Prime Minister (2016)."""
    for question, post in (
        ("what post did medvedev hold in 2016", "Prime Minister"),
        ("which position did dmitry medvedev have in 2016?", "Prime Minister"),
        ("what office did medvedev hold in 2009", "President"),
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert answer.intent == "person.roles", question
        assert answer.text.split(". ")[0].split(": ")[1].startswith(post), question


def test_no_post_recorded_in_the_year_is_said(engine: Engine) -> None:
    """Putin's post is recorded for 2016 only: asked of 2009, the answer says none is recorded."""
    answer = ask(engine, "what position did putin have in 2009")
    assert "records no post of Vladimir Putin in 2009" in answer.text
