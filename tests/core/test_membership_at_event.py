"""A yes/no question of membership tied to an event ("was Uzbekistan a member when the rapid
reaction force was created") is answered at the event's date, and "on the day <event>" anchors a
time-bound question as "when <event>" does.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_membership_is_read_at_the_event(engine: Engine) -> None:
    """Uzbekistan had rejoined in 2006 and was a member in 2009; Georgia only signed in 1993."""
    cases = (
        ("was uzbekistan in the csto when the rapid reaction force got created?", "2009", " was a"),
        ("was armenia a member when the kazakhstan mission began", "2022", " was a"),
        ("was georgia a member at the time of the tashkent treaty signing", "1992", "not a"),
    )
    for question, year, said in cases:
        answer = ask(engine, question)
        assert answer.answered, question
        assert year in answer.text and said in answer.text, (question, answer.text)


def test_a_person_asked_is_not_membership_then(engine: Engine) -> None:
    """'Which official insisted their membership was untouchable when ...' asks a person: the
    state's membership at the event's date must not be the answer."""
    answer = ask(
        engine,
        "which kyrgyz official said their membership was safe when the 2022 drills were off?",
    )
    assert "was a member of" not in answer.text


def test_on_the_day_anchors_an_office_holder(engine: Engine) -> None:
    """'On the day the first troops landed in Kazakhstan': January 2022, Zas; not the landing."""
    for question in (
        "who was csto secretary general on the day the first troops landed in kazakhstan?",
        "on the day the kazakhstan deployment began who was the csto secretary general",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert "Zas" in answer.text.split(". ")[0], (question, answer.text)
