"""A document asked of with a qualifier ("final", "comprehensive") is one a fact calls so.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_ceasefire_protocol_is_no_final_treaty(engine: Engine) -> None:
    """The 2022 Kyrgyz-Tajik protocol is on a ceasefire and delimitation: not a final treaty."""
    for question in (
        "when did kyrgyzstan and tajikistan sign their final border treaty?",
        "did kyrgyzstan and tajikistan ever sign a definitive border agreement?",
    ):
        answer = ask(engine, question)
        assert not answer.answered, question
        assert "25 September 2022" not in answer.text, question


def test_the_document_unqualified_is_still_found(engine: Engine) -> None:
    """Asked without the qualifier, the protocol is the answer."""
    answer = ask(engine, "when did kyrgyzstan and tajikistan sign a ceasefire protocol?")
    assert answer.answered
    assert "25 September 2022" in answer.text
