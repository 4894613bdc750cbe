"""The asker's own premise before ", so <question>": the question, when it stands alone, is read.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.language.premises import after_premise
from tests.core.asking import ask


def test_the_question_after_a_premise_is_answered(engine: Engine) -> None:
    """The premise names two people; the question after it asks the holder at its own date."""
    answer = ask(engine, "zas left at the end of 2022, so who was secretary general in 2024?")
    assert answer.answered and "Tasmagambetov" in answer.text
    assert "Zas" not in answer.text


def test_a_question_leaning_on_its_premise_keeps_it() -> None:
    """'So who came in his place': no date of its own, a word pointing back; read whole."""
    question = "nazarbayev skipped yerevan in 2016, so who came in his place?"
    assert after_premise(question) == question
    assert after_premise("who left in 2016, and who came in 2017?") == (
        "who left in 2016, and who came in 2017?"
    )


def test_the_premise_is_set_aside_before_a_standalone_question() -> None:
    """The clause after 'so' is the question, without its 'so'."""
    question = "bordyuzha left in 2016, so who was running things in march 2017?"
    assert after_premise(question) == "who was running things in march 2017?"
