"""Everyday typos and wording: a doubled letter typed once ("staf"), a misspelt plural
("countrys"), "come on board" for joining."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine


def test_a_doubled_letter_typed_once_is_read(engine: Engine) -> None:
    """The one vocabulary word with that letter doubled is the word meant."""
    assert engine._loaded.linker.correct("staf") == ("staff", 1)


@pytest.mark.parametrize("typed", ["iraq", "iran", "here", "form"])
def test_other_short_words_stay_as_typed(engine: Engine, typed: str) -> None:
    """No other edit is made to a short word: "iraq" is not "iran"."""
    assert engine._loaded.linker.correct(typed)[0] == typed


def test_a_question_with_such_a_typo_is_answered(engine: Engine) -> None:
    """ "Is Sidorov still in charge of the joint staf": no longer, Serdyukov is."""
    answer = engine.answer("is sidorov still in charge of the joint staf?")
    assert "No longer" in answer.text, answer.text
    assert "Serdyukov" in answer.text


def test_coming_on_board_is_joining(engine: Engine) -> None:
    """ "When did Georgia come on board": its accession, not a return it never made."""
    answer = engine.answer("On what day did Georgia come on board?")
    assert answer.intent == "member.joined", answer.text
    assert "9 September or 9 December 1993" in answer.text


@pytest.mark.parametrize(("typed", "meant"), [("countrys", "countries"), ("citys", "cities")])
def test_a_misspelt_plural_stays_plural(engine: Engine, typed: str, meant: str) -> None:
    """ "Countrys" is "countries", not the nearer "country": a list is asked."""
    assert engine._loaded.linker.correct(typed) == (meant, 1)


def test_a_word_ending_in_ys_of_its_own_stays(engine: Engine) -> None:
    """ "Days" and "always" are words of their own."""
    assert engine._loaded.linker.correct("days") == ("days", 0)
    assert engine._loaded.linker.correct("always") == ("always", 0)
