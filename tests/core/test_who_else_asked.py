"""A "who" question naming a person inside the act it asks of ("who met Putin") asks for
someone else: the named person's own record is no answer. "Who is X" still asks of X.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.asking import ask


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("who met putin in 2016", "Vladimir Putin ("),
        ("who criticised pashinyan for refusing to sign", "Nikol Pashinyan ("),
        ("who stepped in once bordyuzha's term ran out?", "Nikolai Bordyuzha ("),
    ],
)
def test_the_named_person_is_not_the_answer(engine: Engine, question: str, named: str) -> None:
    """The named person's own record (name, state, post) is not given as who did the act."""
    answer = ask(engine, question)
    assert not (answer.answered and answer.text.startswith(named))


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("who exactly was bordyuzha", "Bordyuzha"),
        ("tell me who sargsyan was", "Sargsyan"),
        ("кто такой Бордюжа", "Bordyuzha"),
    ],
)
def test_who_is_asks_of_the_named_person(engine: Engine, question: str, named: str) -> None:
    """Asked who he is, his own record answers."""
    answer = ask(engine, question)
    assert answer.answered
    assert named in answer.text.split(". ")[0]


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("how did his foreign minister explain pashinyan's june 2024 remark", "Nikol Pashinyan ("),
        ("how did his defence minister react after putin spoke in yerevan", "Vladimir Putin ("),
    ],
)
def test_his_minister_is_not_the_person_named(engine: Engine, question: str, named: str) -> None:
    """'His defence minister' is someone beside the person named: not his own record."""
    answer = ask(engine, question)
    assert not (answer.answered and answer.text.startswith(named))


def test_his_country_is_still_his_own(engine: Engine) -> None:
    """'His country' is no other person: what Pashinyan said of Armenia's membership."""
    answer = ask(engine, "what did pashinyan say about his country's membership")
    assert answer.answered
    assert "Pashinyan" in answer.text
