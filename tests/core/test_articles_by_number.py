"""An article asked by its number is the treaty's or the charter's own: 'article 4' alone is a
question about the CSTO, and NATO's Article 5, named in a fact as a comparison, does not answer
'what is article 5 of the treaty'.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_an_article_by_number_alone_is_in_the_domain(engine: Engine) -> None:
    """'What is article 4': the treaty's collective defence article, not a refusal."""
    answer = ask(engine, "what is article 4")
    assert answer.answered
    assert "Article 4" in answer.text.split(". ")[0]


def test_another_organization_s_article_does_not_answer(engine: Engine) -> None:
    """The fact comparing Article 4 with NATO's Article 5 says nothing of the treaty's own
    Article 5."""
    for question in ("what is article 5 of the treaty", "what does article 5 say"):
        answer = ask(engine, question)
        assert not answer.answered, question


def test_the_comparison_asked_is_still_answered(engine: Engine) -> None:
    """Asked for the CSTO's counterpart of NATO's Article 5 (apostrophe or none), the answer is
    Article 4."""
    for question in (
        "what is the csto counterpart of natos article 5",
        "csto version of nato's article 5?",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert "Article 4" in answer.text
