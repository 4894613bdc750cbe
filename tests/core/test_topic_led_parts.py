"""Chat-style questions in parts: a topic then its asks, a fragment ended by its own question
mark, and a short name that the ask after it points back at."""

from __future__ import annotations

import pytest

from bot.core.api import Context
from bot.core.engine import Engine
from bot.core.understanding.parts import question_parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "KSOR - when decided, when was the agreement signed?",
            ("when decided KSOR", "when was the agreement signed KSOR"),
        ),
        ("bishkek 2025: date + new SG?", ("date bishkek 2025", "new SG bishkek 2025")),
        (
            "peacekeeping force \u2013 when agreed, how many, does it need a UN mandate?",
            (
                "when agreed peacekeeping force",
                "how many peacekeeping force",
                "does it need a UN mandate peacekeeping force",
            ),
        ),
    ],
)
def test_a_topic_and_its_listed_asks_are_parts(question: str, parts: tuple[str, ...]) -> None:
    """Each ask listed after a topic and a colon or dash is asked of that topic."""
    assert tuple(part.question for part in question_parts(question)) == parts


@pytest.mark.parametrize(
    "question",
    [
        "armenia - member since 1992",  # a topic and one statement: nothing listed
        "Kyrgyz-Tajik border, 2021 and 2022",  # no colon nor spaced dash
        "who sent troops in 2022 - russia, belarus?",  # the topic asks itself
    ],
)
def test_no_topic_split_without_a_list_of_asks(question: str) -> None:
    """A dash or colon alone does not make a list of asks."""
    assert len(question_parts(question)) == 1


def test_a_fragment_ended_by_a_question_mark_is_an_ask() -> None:
    """ "sg term length? and who nominates?": the mark ends one ask, "and" opens the next."""
    parts = question_parts("sg term length? and who nominates?")
    assert tuple(part.question for part in parts) == ("sg term length", "and who nominates")


def test_a_short_name_the_next_ask_points_back_at_is_an_ask() -> None:
    """ "first secretary general, and how long did he serve": "he" is the one named first."""
    parts = question_parts("first secretary general, and how long did he serve?")
    assert tuple(part.question for part in parts) == (
        "first secretary general",
        "how long did he serve",
    )


def test_names_joined_without_a_pointer_stay_whole() -> None:
    """ "armenia and belarus, and their join dates" is one ask about two states."""
    assert len(question_parts("armenia and belarus")) == 1
    assert len(question_parts("members in 2005, and which left")) == 1


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "KSOR - when decided, when was the agreement signed?",
            ["4 February 2009", "14 June 2009"],
        ),
        ("first secretary general, and how long did he serve?", ["Bordyuzha", "2003", "2016"]),
    ],
)
def test_each_listed_ask_is_answered(engine: Engine, question: str, expected: list[str]) -> None:
    """The answer states what each ask wants."""
    answer = engine.answer(question, Context(conversation=f"topic-{question}"))
    for word in expected:
        assert word in answer.text, answer.text
