"""Russian "chlen" (one member) and "nota" (a note) read as what they say.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_one_state_a_member_now_gets_its_own_record(engine: Engine) -> None:
    """ "Армения сейчас член ОДКБ?" asks Armenia's own standing, not the list of members."""
    answer = ask(engine, "Армения сейчас член ОДКБ?")
    assert answer.answered
    assert answer.intent != "member.list"
    assert "frozen" in answer.text
    uzbek = ask(engine, "Является ли Узбекистан членом ОДКБ сейчас?")
    assert "2012" in uzbek.text


def test_the_members_are_still_listed(engine: Engine) -> None:
    """ "Члены" (plural) still asks the list."""
    answer = ask(engine, "Какие страны являются членами ОДКБ?")
    assert answer.intent == "member.list"


def test_became_a_member_asks_the_joining(engine: Engine) -> None:
    """ "Когда Беларусь стала членом ОДКБ?" asks when it joined: 31 December 1993."""
    answer = ask(engine, "Когда Беларусь стала членом ОДКБ?")
    assert answer.answered
    assert "1993" in answer.text


def test_the_note_is_not_the_councils_decision(engine: Engine) -> None:
    """Asked when Uzbekistan sent its note, the note's June 2012 date answers, not December's."""
    answer = ask(engine, "Когда Узбекистан направил ноту о приостановке участия в ОДКБ?")
    assert answer.answered
    assert "June 2012" in answer.text


def test_which_article_is_answered_by_one_naming_it(engine: Engine) -> None:
    """Russian "na osnovanii" (on the basis of) is no founding: asked under which article
    Armenia asked for help in 2022, Article 4 answers."""
    answer = ask(engine, "На основании какой статьи Армения просила помощи в 2022 году?")
    assert answer.answered
    assert "Article 4" in answer.text
