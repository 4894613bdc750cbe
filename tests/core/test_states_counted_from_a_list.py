"""A count of states asked, answered by a fact that names them in a list: the names, counted."""

from __future__ import annotations

from bot.core.answering.enumerated import listed_states
from bot.core.engine import Engine

_NAMES = ["Armenia", "Belarus", "Kazakhstan", "Russia", "Tajikistan", "Kyrgyzstan"]


def test_the_longest_list_of_names_is_counted() -> None:
    """A pair named apart is no list; the run joined by commas and "and" is."""
    text = (
        "The Kazakh government (Tokayev) against protesters; a contingent from Russia, Belarus, "
        "Armenia, Tajikistan and Kyrgyzstan."
    )
    assert listed_states(text, _NAMES) == [
        "Russia",
        "Belarus",
        "Armenia",
        "Tajikistan",
        "Kyrgyzstan",
    ]
    assert listed_states("Russia and Belarus met; Armenia did not.", _NAMES) == []


def test_the_signatories_are_counted(engine: Engine) -> None:
    """The 1992 treaty's fact names its six signatories without a number: the count leads."""
    answer = engine.answer("how many nations put their names to the treaty in may 1992?")
    assert answer.answered, answer.text
    assert answer.text.startswith("6 states:"), answer.text


def test_a_fact_that_counts_them_itself_is_not_counted_again(engine: Engine) -> None:
    """ "Six states signed a renewal protocol": the fact's own number stands alone."""
    answer = engine.answer("how many states signed the april 1999 protocol extending the treaty?")
    assert answer.answered, answer.text
    assert "six states" in answer.text
    assert not answer.text.startswith("6 states:")


def test_the_founders_are_counted_not_todays_members(engine: Engine) -> None:
    """ "How many founding members": the 1992 signatories (Uzbekistan among them), counted."""
    for question in (
        "how many founding members did the odkb have?",
        "how many states originally signed the treaty?",
    ):
        answer = engine.answer(question)
        assert answer.answered, answer.text
        assert answer.text.startswith("6 states were the original signatories"), answer.text
        assert "Uzbekistan" in answer.text and "Belarus" not in answer.text


def test_which_states_are_answered_by_a_fact_naming_them(engine: Engine) -> None:
    """Of two facts on the 1999 protocol, the one naming its signatories answers "which"."""
    answer = engine.answer("what countries put their signatures on the april 1999 protocol?")
    assert answer.answered, answer.text
    assert "Armenia, Belarus, Kazakhstan" in answer.text.split("[")[0], answer.text
