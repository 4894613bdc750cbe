"""'Before which year', 'до какого года': a "before" with a question word after it bounds a time
asked; it is no step to the one before.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_until_what_year_asks_the_holder_in_play(talk: Callable[..., list[Answer]]) -> None:
    """ "And until what year?" (Russian "до какого года", read "before which year") after the
    current holder asks his own term, not his predecessor's."""
    _, english = talk(
        "who is the secretary general now?", "since when is he in office and before which year?"
    )
    _, russian = talk("Кто сейчас генсек ОДКБ?", "До какого года он в должности?")
    for answer in (english, russian):
        assert answer.answered and "2028" in answer.text
        assert "Tasmagambetov" not in answer.text


def test_before_him_is_still_the_predecessor(talk: Callable[..., list[Answer]]) -> None:
    """ "Кто был до него?" keeps its step back to the one before."""
    _, before = talk("Кто сейчас генсек ОДКБ?", "А кто был до него?")
    assert "Tasmagambetov" in before.text
