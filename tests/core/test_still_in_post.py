"""'Is X still ...?' asked of a person's post: whether the term still runs today, and if not,
when it ended and who holds the post now; never the old term given as if it still ran.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.api import Context
from bot.core.engine import Engine
from tests.core.asking import ask


def test_an_ended_term_says_it_ended_and_who_holds_it_now(engine: Engine) -> None:
    """Tasmagambetov's term ran to the end of 2025: the answer says so and names Masadykov."""
    for question in (
        "tasmagambetov still runs the csto, right?",
        "is tasmagambetov stil the sg",
        "Тасмагамбетов до сих пор генсек?",
        "is tasmagambetov no longer secretary general?",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert answer.text.startswith("No longer"), question
        assert "31 December 2025" in answer.text and "Masadykov" in answer.text, question


def test_an_older_holder_is_answered_with_the_holder_now(engine: Engine) -> None:
    """'Does Bordyuzha still lead it': his term ended in 2016; the holder today is named."""
    answer = ask(engine, "does bordyuzha still lead the csto")
    assert answer.text.startswith("No longer")
    assert "2016" in answer.text and "Masadykov" in answer.text


def test_a_running_term_says_so(engine: Engine) -> None:
    """Masadykov's term runs to 2028: still in post, with its end."""
    answer = ask(engine, "is masadykov still sg")
    assert answer.text.startswith("Still in post")
    assert "2028" in answer.text


def test_an_open_term_is_hedged_by_its_latest_source(engine: Engine) -> None:
    """Serdyukov's term has no end and no successor: held as far as the records go, and how
    far they go, not a bare yes."""
    answer = ask(engine, "is serdyukov still chief of the joint staff?")
    assert answer.text.startswith("Still in post as far as the fact base records")
    assert "November 2023" in answer.text


def test_a_follow_up_asks_of_the_person_in_play(engine: Engine) -> None:
    """'Is he still in charge?' after the holder in 2024: his term ended; Masadykov now."""
    context = Context(conversation="still-in-post-follow-up")
    engine.answer("who was secretary general in 2024?", context)
    answer = engine.answer("is he still in charge?", context)
    assert answer.text.startswith("No longer")
    assert "Masadykov" in answer.text


def test_other_questions_with_still_are_not_taken_for_the_post(engine: Engine) -> None:
    """'Was he still SG in 2024' asks of 2024, and 'what did he say while still in office' asks
    what he said: neither is answered with the post's state today."""
    for question in (
        "was tasmagambetov still sg in 2024?",
        "what did tasmagambetov say while still in office?",
    ):
        answer = ask(engine, question)
        assert not answer.text.startswith(("No longer", "Still in post")), question


def test_still_a_full_member_is_answered_by_the_status_today(engine: Engine) -> None:
    """'Still a full member, right?': the status record (suspended since 2012), not the 2006
    fact that says "full membership"; the same wording of a member in good standing says so."""
    for question in (
        "is uzbekistan still a full member of the csto",
        "Узбекистан всё ещё полноправный член ОДКБ?",
    ):
        answer = ask(engine, question)
        assert "2012" in answer.text and "suspend" in answer.text, question
        assert not answer.text.startswith("The Minsk summit of 23 June 2006"), question
    kazakhstan = ask(engine, "kazakhstan is still a full csto member right")
    assert "Kazakhstan has been a member" in kazakhstan.text
    armenia = ask(engine, "is armenia still officially in the odkb?")
    assert "frozen" in armenia.text and "Kremlin" not in armenia.text


def test_a_deployment_asked_still_gets_its_later_end(engine: Engine) -> None:
    """'Are they still there?' after the 2020 Russian peacekeepers in Karabakh: their June 2024
    withdrawal is given with the deployment, not the deployment alone."""
    context = Context(conversation="still-there-follow-up")
    engine.answer("when did the second karabakh war start", context)
    engine.answer("were russian peacekeepers sent after it? how many", context)
    answer = engine.answer("are they still there", context)
    assert "1,960" in answer.text and "withdrawal" in answer.text and "2024" in answer.text
    direct = ask(engine, "are russian peacekeepers in karabakh anymore")
    assert "withdrawal" in direct.text


def test_without_still_the_deployment_stands_alone(engine: Engine) -> None:
    """The later end is added only when the question asks whether it still holds."""
    answer = ask(engine, "how many russian peacekeepers did the november 2020 karabakh deal deploy")
    assert "1,960" in answer.text and "withdrawal" not in answer.text
