"""'The next summit' after a time in play is the first session after that time; 'the previous
summit' the last one before it; 'when is the next summit' still asks of the coming one.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_the_next_summit_after_a_freeze(talk: Callable[..., list[Answer]]) -> None:
    """Armenia froze its participation in February 2024; the session after that is Astana,
    November 2024, which it skipped (not the 2018 Astana summit it attended)."""
    answers = talk(
        "when did armenia put its csto membership on ice?",
        "who announced that?",
        "did it go to the next summit?",
    )
    assert "Astana (November 2024)" in answers[-1].text and "2018" not in answers[-1].text


def test_the_summits_around_a_deployment(talk: Callable[..., list[Answer]]) -> None:
    """The troops went into Kazakhstan in January 2022: the next summit is Moscow in May 2022,
    the previous one Dushanbe in September 2021."""
    after = talk("when did the csto send troops to kazakhstan", "where was the next summit")
    assert "Moscow" in after[-1].text and "May 2022" in after[-1].text
    before = talk("when did the csto send troops to kazakhstan", "where was the previous summit?")
    assert "Dushanbe" in before[-1].text and "2021" in before[-1].text


def test_the_coming_summit_is_still_the_coming_one(talk: Callable[..., list[Answer]]) -> None:
    """'When is the next summit' in the present asks of the coming session, whatever is in play."""
    answers = talk("when did the csto send troops to kazakhstan", "when is the next summit?")
    assert "Moscow" not in answers[-1].text
