"""A state's "military losses" or "military casualties" are read as its soldiers killed
(lexicon.yaml idioms), so the fact counting the soldiers killed answers; "military" alone is
left as it is (a military base holds no count of the dead)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.asking import ask


@pytest.mark.parametrize(
    "question",
    [
        "armenia's military casualties in the september 2022 clashes?",
        "what were the armenian military deaths in the sept 2022 border fighting",
    ],
)
def test_losses_are_soldiers_killed(shipped_engine: Engine, question: str) -> None:
    """The count of Armenian soldiers killed in September 2022 answers."""
    answer = ask(shipped_engine, question)
    assert answer.answered, answer.text
    assert "224" in answer.text


def test_soldiers_at_a_base_are_not_losses(shipped_engine: Engine) -> None:
    """The troops at a base are not counted by the dead of a war."""
    answer = ask(shipped_engine, "how many russian soldiers are at the gyumri base today")
    assert "224" not in answer.text
    assert answer.intent != "member.status"
