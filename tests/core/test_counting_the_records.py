"""'How many' asked of what the records list (the holders of a post, the exercises) is counted
from those records, not answered with a number about something else.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_the_holders_of_a_post_are_counted(engine: Engine) -> None:
    """Five people have been Secretary General, Semerikov's two acting terms apart."""
    answer = ask(engine, "how many secretaries general have there been")
    assert answer.answered
    assert answer.text.startswith("The fact base records 5 people as Secretary General")
    assert "Semerikov" in answer.text


def test_a_post_with_an_undated_holder_is_not_counted(engine: Engine) -> None:
    """Sidorov's start as Chief of the Joint Staff is not recorded: the number is not known,
    and today's chief alone is no answer."""
    answer = ask(engine, "how many heads of the joint staff have there been")
    assert "cannot say how many" in answer.text
    assert not answer.text.startswith("The current Chief")


def test_exercises_counted_are_the_list(engine: Engine) -> None:
    """'How many CSTO exercises have there been': the recorded drills, not one drill's troops."""
    answer = ask(engine, "how many csto exercises have there been")
    assert answer.answered
    assert answer.text.startswith("The fact base records")
    assert "exercises" in answer.text.split(":")[0]


def test_a_count_of_occasions_is_not_a_count_of_troops(engine: Engine) -> None:
    """'How many times has the CSTO deployed troops': the contingent's size is no answer; a
    record the bot counts ('twice', '3 sessions') still is."""
    deployed = ask(engine, "how many times has the csto deployed troops")
    assert "2,000" not in deployed.text.split(". ")[0]
    acting = ask(engine, "how many times was semerikov acting secretary general")
    assert acting.answered and "twice" in acting.text
    hosted = ask(engine, "how many times has kazakhstan hosted a summit")
    assert hosted.answered and hosted.text.startswith("Kazakhstan hosted 3")
