"""A user's hedges and sources ("ballpark", "i've seen", "a user insists") are not what is asked."""

from __future__ import annotations

import pytest

from bot.core.api import Context
from bot.core.engine import Engine
from bot.core.language.asides import set_aside

HEDGED = [
    ("where did the rapid reaction force hold its very first exercise", "Matybulak"),
    ("how many troops did the csto send to kazakhstan, ballpark", "2,000"),
    ("how big was the csto force sent to kazakhstan? i've seen different figures", "2,000"),
    ("was the charter signed in tashkent? a user insists it was", "7 October 2002"),
]


@pytest.mark.parametrize(("question", "expected"), HEDGED)
def test_a_hedge_keeps_the_answer(shipped_engine: Engine, question: str, expected: str) -> None:
    """The hedge is left out of what must be covered, so the facts still answer."""
    answer = shipped_engine.answer(question, Context(conversation=f"hedged-{question}"))
    assert answer.answered, answer.text
    assert expected in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "i've seen different figures: who is nato's secretary general, ballpark",
        "a user insists the csto ran a peacekeeping operation in syria, what was it called",
    ],
)
def test_a_hedge_does_not_make_an_unanswerable_question_answerable(
    shipped_engine: Engine, question: str
) -> None:
    """Hedges drop out of what is asked; what remains still has to be in the facts."""
    answer = shipped_engine.answer(question, Context(conversation=f"hedge-{question}"))
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        (
            "roughly how many troops went into kazakhstan? ive seen numbers all over the place",
            "roughly how many troops went into kazakhstan?",
        ),
        (
            "where was the charter signed, kishinev or tashkent? i keep seeing both",
            "where was the charter signed, kishinev or tashkent?",
        ),
        (
            "im confused - was the charter signed in chisinau or in tashkent?",
            "was the charter signed in chisinau or in tashkent?",
        ),
        (
            "how many troops in the KSOR? different sources give different numbers",
            "how many troops in the KSOR?",
        ),
    ],
)
def test_a_remark_about_sources_is_set_aside(question: str, kept: str) -> None:
    """A clause that only says how sure the user is, or where they read it, is left out."""
    assert set_aside(question) == (kept, True)


@pytest.mark.parametrize(
    "question",
    [
        # The clause with the marker also says what the user is asking about.
        "im confused because two different drills had tu-22s in 2016. which was the csto one",
        # Nothing but a remark: there is nothing else to read.
        "ive seen different figures",
        "when did georgia join the treaty?",
    ],
)
def test_a_clause_with_more_to_say_is_kept(question: str) -> None:
    """Only remarks go: a question without one, or a remark that says more, stays whole."""
    assert set_aside(question) == (question, False)


def test_the_question_left_is_answered_with_every_account(shipped_engine: Engine) -> None:
    """With the remark set aside, the disputed place of signing is answered with both accounts."""
    question = "where was the charter signed, kishinev or tashkent? i keep seeing both"
    answer = shipped_engine.answer(question, Context(conversation="remark-charter"))
    assert answer.answered, answer.text
    shown = " ".join([answer.text, *(line for s in answer.shown_sections() for line in s.lines)])
    assert "Chisinau" in shown and "Tashkent" in shown


def test_a_remark_that_names_its_subject_is_kept(shipped_engine: Engine) -> None:
    """'I keep reading about a 2013 Sochi summit' names the summit asked about: kept, while the
    asker's own story ('my dad served near there, long story') is set aside."""
    question = (
        "My essay is on the Tajik-Afghan border (my dad served near there, long story) and I "
        "keep reading about a 2013 Sochi summit - what did they actually decide about "
        "Tajikistan there? did they send soldiers or what?"
    )
    kept, _ = set_aside(question, lambda clause: "sochi" in clause.casefold())
    assert "Sochi summit" in kept
    assert "my dad" not in kept
    answer = shipped_engine.answer(question, Context(conversation="remark-sochi"))
    assert answer.answered, answer.text
    assert "equipment but not troops" in answer.text
