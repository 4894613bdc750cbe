"""A sum of money asked is answered only by a figure in a currency; the fact base has none."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_budget_in_a_currency_is_not_answered_by_budget_shares(engine: Engine) -> None:
    """The fact that posts follow budget shares gives no budget in dollars or rubles."""
    for question in (
        "What's the CSTO's yearly budget in rubles?",
        "what's the bloc's yearly budget in actual dollars?",
        "how much money did russia spend on the kazakh deployment",
    ):
        answer = ask(engine, question)
        assert not answer.answered, question
        assert "budget share" not in answer.text


def test_a_budget_asked_without_a_sum_is_still_answered(engine: Engine) -> None:
    """'When did Armenia stop paying into the budget' asks a time, which a fact gives."""
    answer = ask(engine, "when did Armenia stop paying into the csto budget")
    assert answer.answered
    assert "2024" in answer.text
