"""Facts found by search that speak of another state than the one a question names are no
answer: Russia's base in Armenia says nothing of a base in Tajikistan, Pashinyan's words on
Armenia leaving say nothing of Azerbaijan. The bot declines and names the state asked of.

The wordings are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.asking import ask


@pytest.mark.parametrize(
    "question",
    [
        "is there a russian military base in tajikistan?",
        "russia has a base in tajikstan, doesn't it?",
        "does russia have a base in tajikistan",
    ],
)
def test_a_base_of_another_state_is_no_answer(engine: Engine, question: str) -> None:
    """The Gyumri base in Armenia is the only base on record: asked of Tajikistan, declined."""
    answer = ask(engine, question)
    assert not answer.answered
    assert "Gyumri" not in answer.text
    assert "Tajikistan" in answer.text


def test_another_states_leaving_is_no_answer(engine: Engine) -> None:
    """Asked whether Azerbaijan walked out over the 2020 war, Armenia's 2024 words are no answer."""
    answer = ask(engine, "did azerbaijan walk out of the csto bc of the 2020 war?")
    assert not answer.answered
    assert "Pashinyan" not in answer.text


def test_the_state_asked_of_still_gets_its_facts(engine: Engine) -> None:
    """The same search asked of Armenia, whose base it is, is answered."""
    answer = ask(engine, "does russia have a base in armenia")
    assert answer.answered and "Gyumri" in answer.text


def test_a_state_named_in_other_words_is_spoken_of(engine: Engine) -> None:
    """'The kyrgyz tajik clashes': the clashes' own facts speak of both states."""
    answer = ask(engine, "kyrgyz tajik border clashes 2021")
    assert answer.answered and "Kyrgyz" in answer.text
