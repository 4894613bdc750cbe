"""Asked when or where a subject did something, a fact saying that subject did not do it tells
of others; a fact denying another act ("did not renew, and so left") still answers a leaving."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.core.answering.check import Asked, Relation, asked, denies_subject
from bot.core.answering.retrieval import stem
from bot.core.api import Answer
from bot.core.engine import Engine
from bot.core.language.normalize import tokens
from tests.core.asking import ask


def _asked(question: str, subject: str) -> Asked:
    """The question as the check reads it, with its subject's name."""
    read = asked(tuple(tokens(question)), [])
    assert read.relation is Relation.WHEN
    return replace(read, subjects=(frozenset({stem(subject)}),))


def test_ellipsis_denies_the_act_before_it() -> None:
    """'Six states signed ..., and Azerbaijan did not.' denies Azerbaijan's signing."""
    question = _asked("when did azerbaijan sign the treaty", "azerbaijan")
    text = (
        "In 1999 six states signed a renewal protocol, and Azerbaijan, Georgia and Uzbekistan "
        "did not."
    )
    assert denies_subject(question, text)


def test_denying_another_act_is_no_denial_of_this_one() -> None:
    """Not signing the renewal is how Uzbekistan left: asked when it left, the fact answers."""
    question = _asked("when did uzbekistan leave the treaty", "uzbekistan")
    text = "Uzbekistan did not sign the April 1999 renewal protocol and so left the treaty in 1999."
    assert not denies_subject(question, text)


def test_signing_date_of_a_state_that_did_not_renew(talk: Callable[..., list[Answer]]) -> None:
    """Azerbaijan's own accession answers, not the renewal it stayed out of."""
    (answer,) = talk("on what date did azerbaijan sign the collective security treaty?")
    assert answer.answered
    assert "24 September 1993" in answer.text
    assert not answer.text.startswith("The Collective Security Treaty ran")


def test_the_doer_named_beside_another_subject_is_checked(engine: Engine) -> None:
    """ "When did Belarus sign the rapid reaction force agreement" is read as of the force; the
    fact that Belarus did not sign it in June 2009 is no answer, the one that it joined later
    is."""
    answer = ask(engine, "when did belarus sign the rapid reaction force agreement")
    assert answer.answered
    assert answer.text.startswith("Belarus joined")
    assert "20 October 2009" in answer.text
