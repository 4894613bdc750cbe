"""Events named in figures or by a leading clause of time: "the 2nd karabakh war" is the
second, as the facts word it; "When the war broke out, who headed ..." is read at its date."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_an_ordinal_in_figures_is_the_word(engine: Engine) -> None:
    answer = ask(engine, "when did the 2nd karabakh war kick off?")
    assert answer.answered
    assert "27 September 2020" in answer.text
    assert "1988" not in answer.text  # not the whole conflict's span


def test_a_leading_when_clause_dates_the_question(engine: Engine) -> None:
    answer = ask(engine, "When the Taliban took Kabul, who headed the CSTO secretariat?")
    assert "August 2021" in answer.text
    assert "Zas" in answer.text
    assert "Masadykov" not in answer.text  # not today's holder


def test_when_before_a_verb_still_asks_when(engine: Engine) -> None:
    answer = ask(engine, "when did the 2nd karabakh war start")
    assert "27 September 2020" in answer.text


def test_a_leading_when_clause_asked_of_itself(engine: Engine) -> None:
    # "... which leader announced IT": asked of the event, not of who led at its time.
    answer = ask(
        engine, "when uzbekistan's membership got suspended, which leader actually announced it?"
    )
    assert "Lukashenko" in answer.text
