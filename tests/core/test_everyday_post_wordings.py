"""Everyday wordings: "in charge" is a post ("how long was Zas in charge"), a "long-time
spokesman" the one the facts say held it "for many years", a "family tree" the lineage, a
"deal" an agreement, "holding out" on it refusing it, and a "video call" a videoconference.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_how_long_someone_was_in_charge_is_their_term(engine: Engine) -> None:
    """ "In charge" asks the person's post and its term, not a search for the word "charge"."""
    for question, start, end in (
        ("how long was zas in charge of the secretariat", "2020", "2022"),
        ("how long was bordyuzha in charge?", "2003", "2016"),
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert "Secretary General" in answer.text
        assert start in answer.text and end in answer.text, answer.text


def test_a_long_time_spokesman_is_the_longtime_one(engine: Engine) -> None:
    """ "Long-time" split into two words still asks the longtime holder of the post."""
    for question in (
        "name the csto's long-time spokesman",
        "who was the long time press spokesman of the organization",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert answer.text.startswith("Vladimir Zainetdinov"), answer.text


def test_a_long_time_is_still_a_duration(engine: Engine) -> None:
    """ "For a long time" is no post's holder: the membership question stays one."""
    answer = ask(engine, "has armenia been in the csto for a long time")
    assert "Zainetdinov" not in answer.text
    assert "spokesman" not in answer.text


def test_a_family_tree_is_the_lineage(engine: Engine) -> None:
    """ "Family tree" and "trace the lineage" ask what the organization descends from."""
    for question in (
        "what is in the csto's family tree",
        "trace the csto's lineage for me",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert "descends from the CIS Unified Armed Forces" in answer.text, answer.text


def test_a_deal_held_out_on_is_an_agreement_refused(engine: Engine) -> None:
    """A "deal" is the facts' agreement, and holding out on it is refusing it."""
    answer = ask(engine, "who refused the 2009 rapid reaction force deal")
    assert answer.answered
    assert "Belarus and Uzbekistan did not sign it" in answer.text
    answer = ask(engine, "which president of russia signed the 2009 rapid reaction force deal")
    assert answer.answered
    assert "Medvedev" in answer.text


def test_holding_out_is_no_post_held(engine: Engine) -> None:
    """ "Held out" is not "held" a post: no term of office answers it."""
    answer = ask(engine, "who held out on the rapid-reaction force deal in june 2009?")
    assert "Secretary General" not in answer.text
    assert "Belarus" in answer.text


def test_a_video_call_is_a_videoconference(engine: Engine) -> None:
    """A meeting "by video call" is the records' videoconference."""
    answer = ask(engine, "who chaired the video call on afghanistan")
    assert answer.answered
    assert "Rahmon" in answer.text
    assert "23 August 2021" in answer.text
