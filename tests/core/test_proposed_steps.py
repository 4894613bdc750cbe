"""A membership step someone suggested ("has any Russian politician suggested letting Iran
join") asks who proposed it: the statement answers, not the step of the state the speaker comes
from, and words that ask for a person by what he is ("politician", "anyone") are no words a fact
must say."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.core.api import Answer


@pytest.mark.parametrize(
    "question",
    [
        "has any russian politician suggested letting iran join",
        "has anyone in russia floated iran joining?",
        "did a russian lawmaker propose that iran join the csto?",
    ],
)
def test_a_suggested_joining_is_the_suggestion(
    talk: Callable[..., list[Answer]], question: str
) -> None:
    """Kartapolov's suggestion answers, not Russia's own accession in 1992."""
    (answer,) = talk(question)
    assert answer.answered
    assert "Kartapolov" in answer.text
    assert "1992" not in answer.text


def test_a_suggestion_no_fact_records_is_declined(talk: Callable[..., list[Answer]]) -> None:
    """No fact records a Kazakh proposal to leave: no membership record stands in for it."""
    (answer,) = talk("has any kazakh politician proposed leaving the csto?")
    assert not answer.answered
