"""A length asked of a term ("for over a decade") picks the holders whose terms lasted so long."""

from __future__ import annotations

from bot.core.api import Answer
from bot.core.engine import Engine
from tests.core.asking import ask


def _said(answer: Answer) -> str:
    """The lead and the listed terms."""
    return " ".join([answer.text, *answer.items])


def test_a_term_longer_than_asked_names_its_holder(engine: Engine) -> None:
    """'For more than ten years' (a decade) is Bordyuzha's term, not the holder now."""
    answer = ask(engine, "which secretary general held the post for more than a decade?")
    assert answer.answered
    assert "Bordyuzha" in _said(answer)
    assert "Masadykov" not in _said(answer)


def test_starting_in_a_year_is_the_start_of_the_span(engine: Engine) -> None:
    """'Starting in 2003' is 'from 2003': the term answers it whole, not a start left unsaid."""
    answer = ask(engine, "who was the secretary general starting in 2003?")
    assert "Bordyuzha" in _said(answer)
    assert answer.confidence >= 0.9


def test_no_term_of_the_length_asked_says_so_with_the_terms(engine: Engine) -> None:
    """No term lasted two decades: the terms are given, not a fact on 'two observer states'."""
    answer = ask(engine, "which secretary general served for two decades?")
    assert "No Secretary General term" in answer.text
    assert "observer" not in _said(answer)


def test_a_running_term_is_not_yet_short(engine: Engine) -> None:
    """A term still running has not lasted 'less than a year': it is not over."""
    answer = ask(engine, "who was secretary general for less than a year?")
    assert "No Secretary General term" in answer.text


def test_fighting_that_broke_out_started(engine: Engine) -> None:
    """'Where did the fighting break out': where it started."""
    answer = ask(engine, "where did the kyrgyz-tajik fighting of april 2021 break out?")
    assert answer.answered
    assert "Golovnoy" in answer.text


def test_a_mandates_length_is_the_term(engine: Engine) -> None:
    """ "SG mandate length?": how long the term runs (three years), not who holds it now; a UN
    mandate is still a UN mandate."""
    for question in ("SG mandate length?", "what is the length of the secretary general's term"):
        answer = ask(engine, question)
        assert "three years" in answer.text, question
    assert "UN mandate" in ask(engine, "does the peacekeeping force need a UN mandate?").text
