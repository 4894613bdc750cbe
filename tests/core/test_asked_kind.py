"""The kind of thing asked for ("which article", "who" of a name record) must be what the
answer states: a record that says another kind answers another question."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.answering.detail import asked_nouns
from bot.core.api import Answer


def test_an_article_asked_is_not_the_member_list(talk: Callable[..., list[Answer]]) -> None:
    """'Which article says an attack on one is an attack on all': the treaty's article, not the
    members the question mentions (an attack is what the treaty calls aggression)."""
    (answer,) = talk(
        "Which article of the treaty says an attack on one member is an attack on all of them?"
    )
    assert answer.answered and "Article 4" in answer.text
    assert answer.intent != "member.list"


def test_a_clause_asked_another_way_is_not_the_member_list(
    talk: Callable[..., list[Answer]],
) -> None:
    """Worded otherwise, the same: the record of members never names a clause."""
    (answer,) = talk("what clause makes an attack on one member an attack on every member?")
    assert answer.intent != "member.list"
    assert not answer.answered or "Article 4" in answer.text


def test_the_plain_member_list_still_answers(talk: Callable[..., list[Answer]]) -> None:
    """A list asked with chat around it ('for a piece going out in an hour') is still the list."""
    (answer,) = talk("need the full list of current csto member countries for a piece going out")
    assert answer.answered and "Tajikistan" in answer.text


def test_a_person_asked_is_not_the_organizations_name(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Who was the csto spokesman' read as the name record: the name says who no one is."""
    (answer,) = talk("need a name for the caption - who was the longtime csto spokesman?")
    assert "stands for" not in answer.text
    assert not answer.answered or "Zainetdinov" in answer.text


def test_the_nouns_asked_by_kind() -> None:
    """The word after 'which' or 'what', and before 'of what', is the noun asked for."""
    assert "article" in asked_nouns(("which", "article", "of", "the", "treaty"))
    assert "anniversary" in asked_nouns(("the", "anniversary", "of", "what"))
    assert "the" not in asked_nouns(("what", "the", "charter", "says"))
