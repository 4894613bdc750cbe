"""'Head' asked "where" is a verb of going only before a particle of motion ("where did he head
after the summit"); before a noun it is a noun ("its head office")."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.core.language.phrasal import one_verb


def test_head_office_is_no_journey() -> None:
    """The compound noun keeps its words."""
    assert "travelling" not in one_verb(("where", "is", "its", "head", "office"))


def test_heading_somewhere_is_a_journey() -> None:
    """Before a particle of motion, or at the end, it is a verb of going."""
    assert "travelling" in one_verb(("where", "did", "he", "head", "right", "after"))
    assert "travelling" in one_verb(("where", "did", "he", "head"))


def test_head_office_is_the_headquarters(talk: Callable[..., list[Answer]]) -> None:
    """Asked where the head office is, the headquarters answer."""
    (answer,) = talk("in which city does the bloc have its head office")
    assert answer.answered
    assert "Moscow" in answer.text


def test_where_a_body_is_is_its_seat(talk: Callable[..., list[Answer]]) -> None:
    """'Where is the Secretariat', asking nothing but where, is answered by its seat."""
    (answer,) = talk("where is the csto secretariat")
    assert answer.answered
    assert "Moscow" in answer.text


def test_where_another_bodys_seat_is_not_ours(talk: Callable[..., list[Answer]]) -> None:
    """'Where is its secretariat' after another organization is not the CSTO's seat."""
    (answer,) = talk("who set up GUAM and where is its secretariat?")
    assert "Moscow" not in answer.text


def test_a_head_of_state_is_a_leader(talk: Callable[..., list[Answer]]) -> None:
    """'Which head of state stayed away' asks who was absent, not facts on 'heads of states'."""
    (answer,) = talk("which head of state stayed away from the yerevan summit in 2016?")
    assert answer.answered
    assert "Nazarbayev" in answer.text.split(". ")[0]
