"""A question asking for someone's own word ("what word did they use") is answered only by a
quotation of it."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.language.wording import wording_asked


def test_the_quoted_word_answers(engine: Engine) -> None:
    """The refusal to host the 2023 drills is quoted: "inexpedient"."""
    answer = engine.answer("which word did yerevan use to turn down the 2023 csto exercises?")
    assert answer.answered, answer.text
    assert '"inexpedient"' in answer.text


def test_framing_words_are_not_asked_of_facts() -> None:
    """The frame ("what word ... use") is set aside; a term of office is not a wording asked."""
    asked = wording_asked(("what", "word", "did", "armenia", "use"))
    assert asked == {"word", "use"}
    assert not wording_asked(("masadykov", "which", "country", "and", "what", "term"))
    assert not wording_asked(("did", "armenia", "use", "the", "word"))


def test_an_exercise_record_gives_its_note(engine: Engine) -> None:
    """The record of a cancelled drill tells what its note says of the cancellation."""
    answer = engine.answer("did the 2023 csto exercise in armenia take place?")
    assert answer.answered, answer.text
    assert "cancelled" in answer.text
    assert "refused to host" in answer.text


def test_exact_words_need_a_quotation(engine: Engine) -> None:
    """A paraphrase of what Lukashenko said is no answer to his exact words."""
    answer = engine.answer(
        "what precise words did lukashenko use about nato at the yerevan summit?"
    )
    assert not answer.answered, answer.text
    paraphrase = engine.answer("what did lukashenko say about nato at the yerevan summit?")
    assert paraphrase.answered, paraphrase.text
