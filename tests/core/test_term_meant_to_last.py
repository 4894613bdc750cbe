"""A document's term asked as what it was "meant to last" or "valid for" is read as how long it
ran unless extended (lexicon.yaml idioms): the treaty's 5 years answer, and "run" is not used,
since it asks who leads."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.asking import ask


@pytest.mark.parametrize(
    "question",
    [
        "how long was the security treaty initially set to last",
        "How long was the treaty valid for when it was signed?",
        "what term was the collective security treaty meant to last for at first?",
    ],
)
def test_treaty_term(shipped_engine: Engine, question: str) -> None:
    """The treaty's original term (5 years unless extended) answers."""
    answer = ask(shipped_engine, question)
    assert answer.answered, answer.text
    assert "5 years" in answer.text


def test_term_is_not_a_presidency(shipped_engine: Engine) -> None:
    """The term asked of the treaty is no question about who chairs or runs the organization."""
    answer = ask(shipped_engine, "what term was the collective security treaty meant to last for?")
    assert answer.intent != "org.presidency"
    assert "chairmanship" not in answer.text
