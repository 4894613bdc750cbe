"""A claim of where a person is from is checked against the state the person's record gives."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "somebody wrote that Zas hails from Kazakhstan - correct?",
        "was stanislav zas a kazakh?",
        "Zas was the Kazakh secretary general, wasn't he?",
    ],
)
def test_a_wrong_origin_is_corrected(engine: Engine, question: str) -> None:
    """Zas is from Belarus: the answer says no, and says so first."""
    answer = engine.answer(question)
    assert answer.answered, answer.text
    assert answer.text.startswith("No: Stanislav Zas is from Belarus, not Kazakhstan."), answer.text


def test_a_right_origin_is_confirmed(engine: Engine) -> None:
    """Tasmagambetov is Kazakh: the answer says yes, with his record."""
    answer = engine.answer("is tasmagambetov from kazakhstan?")
    assert answer.text.startswith("Yes: Imangali Tasmagambetov is from Kazakhstan."), answer.text
    assert "Secretary General" in answer.text


def test_a_state_named_otherwise_is_no_origin_claim(engine: Engine) -> None:
    """Zas in Kazakhstan in 2022, or the Kazakh president he met, says nothing of his origin."""
    for question in (
        "did zas report on kazakhstan in january 2022?",
        "did zas meet the kazakh president?",
    ):
        answer = engine.answer(question)
        assert not answer.text.startswith(("No: Stanislav", "Yes: Stanislav")), answer.text


def test_an_episode_claimed_in_the_wrong_year_is_corrected(engine: Engine) -> None:
    """ "The four-day war was in 2015": the conflict's record holds nothing of 2015, the
    episode's fact dates it to 2016."""
    for question in (
        "somebody said the four-day war happened in 2015. correct?",
        "the four day war was in march 2015, wasn't it?",
    ):
        answer = engine.answer(question)
        assert answer.answered, answer.text
        assert answer.text.startswith("The facts record this in 2016, none in 2015"), answer.text
