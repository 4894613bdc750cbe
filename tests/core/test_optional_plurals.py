"""'Which one(s)', 'member(s)': a plural marked as optional is read as the plural, not as a
stray letter that makes the question look off topic."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.language.normalize import normalize, tokens
from bot.evaluation import answer_text
from tests.core.asking import ask


def test_an_optional_plural_is_the_plural() -> None:
    assert tokens("which one(s) and countr(ies)") == ["which", "ones", "and", "countries"]
    assert normalize("Member(s)") == "members"


def test_brackets_around_words_still_split() -> None:
    assert tokens("Article 4 (2022)") == ["article", "4", "2022"]


def test_a_question_with_an_optional_plural_is_answered(shipped_engine: Engine) -> None:
    answer = ask(
        shipped_engine,
        "of the six current members, which one(s) were NOT among the original 1992 signatories?",
    )
    assert answer.answered, answer.text
    assert "Belarus" in answer_text(answer)
