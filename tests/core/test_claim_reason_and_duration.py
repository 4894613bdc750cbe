"""A claim checked without the asker's reason for it; "how long did they stay" asks a span;
"the new secretary general" is the latest one."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.language.premises import without_reason


@pytest.mark.parametrize(
    ("question", "checked"),
    [
        (
            "the headquarters is in Minsk since Belarus hosts so many meetings. Is that right?",
            "the headquarters is in Minsk. Is that right?",
        ),
        ("armenia left the csto because it was angry, right?", "armenia left the csto, right?"),
    ],
)
def test_the_askers_reason_is_set_aside_from_a_claim(question: str, checked: str) -> None:
    """What the asker believes the claim because of is not what is checked."""
    assert without_reason(question) == checked


@pytest.mark.parametrize(
    "question",
    [
        "did uzbekistan leave because of karimov?",  # a cause named in the claim
        "did armenia freeze its participation because the csto did not help?",  # no check tag
        "armenia froze its membership since 2023, right?",  # "since" before a time
    ],
)
def test_a_reason_that_is_asked_stays(question: str) -> None:
    """A reason asked about, a cause named, or a time after "since" is part of the question."""
    assert without_reason(question) == question


def test_a_claim_with_a_reason_is_answered_on_the_claim(engine: Engine) -> None:
    """The headquarters' city answers, not the sessions held in Minsk."""
    answer = engine.answer(
        "I read that the CSTO headquarters is in Minsk since Belarus hosts so many of the "
        "meetings. Is that right?"
    )
    assert "Moscow" in answer.text, answer.text
    assert answer.question.endswith("Is that right?")


@pytest.mark.parametrize(
    "question",
    [
        "how long did csto troops stay in kazakhstan",
        "how long did csto troops remain in kazakhstan",
    ],
)
def test_how_long_they_stayed_is_the_span(engine: Engine, question: str) -> None:
    """ "Stay" and "remain" only carry the "how long": the deployment's span answers."""
    answer = engine.answer(question)
    assert answer.answered, answer.text
    assert "19 January 2022" in answer.text


def test_the_new_secretary_general_is_the_latest(engine: Engine) -> None:
    """ "New" narrows to the latest holder; it is no detail a fact must word."""
    answer = engine.answer("who is the new csto secretary general")
    assert answer.intent == "org.secretaries", answer.text
    assert "Masadykov" in answer.text


def test_stay_outside_how_long_is_still_a_detail(engine: Engine) -> None:
    """ "Refused to stay on" asks no span: a conflict's dates do not answer Baku's complaint."""
    answer = engine.answer("What was Baku's complaint when it refused to stay on in 1999?")
    assert "from 1988 to 2023" not in answer.text, answer.text


def test_a_named_conflict_is_spoken_of(engine: Engine) -> None:
    """Asked of Karabakh, Russia's troops in Tajikistan are no answer."""
    answer = engine.answer("are russian peacekeepers still stationed in karabakh?")
    assert "Tajikistan" not in answer.text, answer.text
