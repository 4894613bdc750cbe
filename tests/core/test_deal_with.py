"""'What's the deal with X and the CSTO' asks where X stands: its status, not a 'deal' fact."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_the_deal_with_a_state_is_its_status(shipped_engine: Engine) -> None:
    """The idiom reads as "the status of": Armenia's frozen participation answers."""
    answer = ask(shipped_engine, "what's the deal with armenia and the csto?")
    assert answer.intent == "member.status"
    assert "frozen" in answer.text
    assert "peacekeepers" not in answer.text


def test_deal_as_a_verb_is_left_alone(shipped_engine: Engine) -> None:
    """ "How did the CSTO deal with ..." has no article before "deal": no status is asked."""
    answer = ask(shipped_engine, "how did the csto deal with the kazakh unrest?")
    assert answer.intent != "member.status"


def test_what_is_going_on_between_a_state_and_the_csto_is_its_status(
    shipped_engine: Engine,
) -> None:
    """ "What's going on between Armenia and the CSTO": how things stand, the freeze (was
    declined: "going" and "between" matched no fact)."""
    answer = ask(shipped_engine, "what's going on between armenia and the csto")
    assert answer.answered
    assert answer.intent == "member.status"
    assert "frozen" in answer.text
