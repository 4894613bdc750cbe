"""A city that hosted one state's sessions, standing for that state as the one acting ("when did
Minsk join the treaty"), is read as a name of the state: no fact is picked for sharing the city."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_capital_joining_is_the_states_accession(talk: Callable[..., list[Answer]]) -> None:
    """Minsk joining is Belarus acceding in 1993, not a fact of a Minsk summit."""
    (answer,) = talk("when did minsk join the collective security treaty?")
    assert answer.answered
    assert "1993" in answer.text.split(". ")[0]
    assert "consensus" not in answer.text


def test_capital_speaking_is_the_states_officials(talk: Callable[..., list[Answer]]) -> None:
    """'When did Yerevan say ...' is answered by what Armenia's leaders said."""
    (answer,) = talk("when did yerevan say it had frozen its role in the alliance?")
    assert answer.answered
    assert "2024" in answer.text


def test_another_states_ministry_is_still_checked(talk: Callable[..., list[Answer]]) -> None:
    """A speaker the facts never quote is not answered with Armenia's own statements."""
    (answer,) = talk("what did china's foreign ministry say about armenia freezing its csto role")
    assert not answer.answered
