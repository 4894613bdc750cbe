"""A group pronoun after the group is named in the same message ("the member list, all of
them") stands for it; with nothing before it ("did either of them ...") it is asked back.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_all_of_them_after_the_members_is_the_members(engine: Engine) -> None:
    """The members are named before "all of them": the member list is the answer."""
    answer = ask(engine, "odkb member list as of now, all of them pls")
    assert answer.intent == "member.list"
    assert "Tajikistan" in answer.text


def test_a_group_pronoun_with_nothing_before_it_is_asked_back(engine: Engine) -> None:
    """ "Either of them" opening a conversation names no group: no guess."""
    answer = ask(engine, "did either of them take it out on the CSTO")
    assert not answer.answered


def test_a_doer_word_and_an_abbreviation_keep_a_question_in_the_domain(engine: Engine) -> None:
    """ "i.e." and "joiners" (from "join") are the user's wording, not another subject; a word
    that only starts like a known one ("warsaw", "wars") is not."""
    answer = ask(
        engine,
        "of today's members, which were original signatories in 1992? i.e. leave out the "
        "later joiners",
    )
    assert answer.intent == "member.original"
    assert "Kyrgyzstan" in answer.text
    assert not ask(engine, "what was the warsaw pact").answered


def test_everyday_words_beside_the_treaty_keep_it_in_the_domain(engine: Engine) -> None:
    """ "Expiry" is an everyday word, not another subject: the treaty's term answers."""
    answer = ask(engine, "the treaty had an expiry, didn't it? how long did it run?")
    assert answer.answered
    assert "5 years" in answer.text
