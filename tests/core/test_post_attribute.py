"""An attribute asked of a post ("the deputy secretary general") must be stated of that post:
a fact naming a deputy of another post (a deputy foreign minister) is no answer."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.core.engine import Engine


def test_deputy_of_another_post_is_no_answer(talk: Callable[..., list[Answer]]) -> None:
    """No fact names a deputy Secretary General; a deputy minister's troop figure is not one."""
    (answer,) = talk("who served as deputy secretary general of the odkb back in 2019")
    assert not answer.answered


def test_deputy_chief_is_declined_without_one(talk: Callable[..., list[Answer]]) -> None:
    """Asked the Joint Staff's deputy chief, the chief's record does not answer."""
    (answer,) = talk("name the deputy chief of the joint staff")
    assert not answer.answered
    assert "Serdyukov" not in answer.text


def test_a_deputy_the_facts_name_is_still_answered(talk: Callable[..., list[Answer]]) -> None:
    """A deputy chairman the facts do name keeps his answer."""
    (answer,) = talk("what did the kyrgyz deputy chairman baisalov say about the csto drills")
    assert answer.answered
    assert "inviolable" in " ".join(answer.items)


def test_a_budget_asked_in_russian_is_not_answered_by_a_summit(
    talk: Callable[..., list[Answer]],
) -> None:
    """No fact gives the organization's budget for a year; asked in Russian, no fact of a
    summit Armenia skipped stands in for it."""
    (answer,) = talk("какой у одкб бюджет на этот год")
    assert not answer.answered


def test_a_persons_view_must_be_said(engine: Engine) -> None:
    """ "Masadykov's view on admitting Iran": his overview of posts states no view."""
    answer = engine.answer("What is Taalatbek Masadykov's view on admitting Iran to the CSTO?")
    assert not answer.answered, answer.text


def test_a_view_he_stated_is_answered(engine: Engine) -> None:
    """What Lukashenko said of NATO at the Yerevan summit is his view of it."""
    answer = engine.answer("what was lukashenko's view on nato at the yerevan summit")
    assert answer.answered, answer.text
    assert "NATO" in answer.text
