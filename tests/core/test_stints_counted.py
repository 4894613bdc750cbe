"""'How many stints (spells) as acting Secretary General' counts occasions of holding a post,
as "how many times" does: the terms' dates state the count.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_stints_in_a_post_are_counted_by_its_terms(engine: Engine) -> None:
    """Semerikov was acting Secretary General twice; Bordyuzha held the post once."""
    for question, said in (
        ("how many spells did semerikov have as acting secretary general", "twice"),
        ("how many stints did bordyuzha have as secretary general", "once"),
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert said in answer.text, answer.text


def test_a_count_of_another_thing_is_still_checked(engine: Engine) -> None:
    """A thing counted that no record states ("deputies") is still not answered by a term."""
    answer = ask(engine, "how many deputies did semerikov have as acting secretary general")
    assert "twice" not in answer.text
