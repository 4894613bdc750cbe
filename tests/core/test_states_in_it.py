"""'Which countries used to be in it' opening a conversation: the states are what is asked, so
"it" is what they belong to, the organization; an act of "it" of its own is not guessed."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_states_in_it_are_its_members(engine: Engine) -> None:
    """Former members asked of "it" with nothing in play are the organization's former members."""
    answer = ask(engine, "which countries used to be in it but arent anymore")
    assert answer.answered
    said = answer.text + " ".join(answer.items)
    assert all(state in said for state in ("Azerbaijan", "Georgia", "Uzbek"))


def test_states_of_an_act_of_it_are_not_guessed(engine: Engine) -> None:
    """'Which states did it invade': no belonging asked, so "it" is still unknown."""
    answer = ask(engine, "which states did it invade")
    assert not answer.answered


def test_a_step_of_it_is_still_not_guessed(engine: Engine) -> None:
    """'When did it join': "it" may be a state taking a step; no guess."""
    assert not ask(engine, "when did it join").answered
