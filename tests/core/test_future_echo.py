"""A question about a year still to come is answered only by facts that reach that year: a
record read at the date asked, which echoes the year back, is no answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.core.api import Answer


@pytest.mark.parametrize(
    "question",
    [
        "will belarus still be in the csto in 2031?",
        "is iran going to be a member of the csto by 2031?",
    ],
)
def test_membership_in_a_future_year_is_not_recorded(
    talk: Callable[..., list[Answer]], question: str
) -> None:
    """No fact reaches 2031: the bot says it does not know rather than 'In 2031, ... was'."""
    (answer,) = talk(question)
    assert not answer.answered
    assert "2031" not in answer.text


def test_a_scheduled_end_still_answers(talk: Callable[..., list[Answer]]) -> None:
    """A term whose end is recorded answers 'until when' though the end is still to come."""
    _, answer = talk("how long may russia's base in armenia stay?", "until when will it stay")
    assert answer.answered
    assert "2044" in answer.text
