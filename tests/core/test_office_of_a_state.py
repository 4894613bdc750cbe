"""Asked a state's own office holder ("Tajikistan's defence minister"), an answer naming another
state's official is no answer; one naming that state, or a person of it, is."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_another_states_minister_is_no_answer(talk: Callable[..., list[Answer]]) -> None:
    """Russia's defence minister, quoted on Kazakhstan, is not Tajikistan's."""
    (answer,) = talk("who is tajikistan's defence minister these days?")
    assert "Shoigu" not in answer.text


def test_a_person_of_the_state_answers(talk: Callable[..., list[Answer]]) -> None:
    """Tokayev is Kazakhstan's president though the fact says only his name."""
    (answer,) = talk("which kazakh president requested help from the csto?")
    assert answer.answered
    assert "Tokayev" in answer.text


def test_served_as_is_holding_the_post(talk: Callable[..., list[Answer]]) -> None:
    """'Served as SG' asks who held the office: the office's record answers, not a fact that
    happens to share a word."""
    (answer,) = talk("which armenian served as secretary general of the csto?")
    assert answer.answered
    assert "Khachaturov" in answer.text.split(". ")[0]
