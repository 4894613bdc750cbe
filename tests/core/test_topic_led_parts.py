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
            ("KSOR: when decided", "KSOR: when was the agreement signed"),
        ),
        ("bishkek 2025: date + new SG?", ("bishkek 2025: date", "bishkek 2025: new SG")),
        (
            "peacekeeping force \u2013 when agreed, how many, does it need a UN mandate?",
            (
                "peacekeeping force: when agreed",
                "peacekeeping force: how many",
                "peacekeeping force: does it need a UN mandate",
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


def test_a_topic_before_asks_joined_by_vs_is_asked_of_each(engine: Engine) -> None:
    """ "Kazakhstan jan 2022 — date X vs date Y": both asks are of the topic, so the council's
    announcement (6 January) is found as well as the appeal (5 January); "sidorov's replacement
    - who and when" holds its own ask and is not cut into topic and asks."""
    answer = engine.answer(
        "kazakhstan jan 2022 - date tokayev asked for help vs date the council's decision was "
        "announced?",
        Context(conversation="vs-parts"),
    )
    assert "5 January 2022" in answer.text and "6 January 2022" in answer.text
    parts = question_parts("sidorov's replacement at the joint staff - who and when?")
    assert not any(part.question.startswith("sidorov's replacement") for part in parts[1:])


def test_a_topic_of_a_time_only_is_not_carried() -> None:
    """ "Sept 2022 - how many died and which towns were hit": the time names no subject; the
    asks are cut as they stand."""
    parts = question_parts("sept 2022 - how many armenian soldiers died and which towns were hit?")
    assert parts[-1].question == "which towns were hit"
