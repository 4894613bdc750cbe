"""A state's own turns in the CSTO chair ('when did Kazakhstan hold the presidency') are the
recorded hand-overs to and from it and the facts saying it held the chair, not whoever holds the
chair today.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.core.engine import Engine
from tests.core.asking import ask


def test_when_a_state_chaired_is_its_hand_overs(engine: Engine) -> None:
    """Kazakhstan took the chair at Minsk in 2017 and again from 2024, and handed it on at
    Astana in 2024; today's chair (Russia, 2026) is not the answer."""
    answer = ask(engine, "when did kazakhstan hold the presidency")
    assert answer.answered
    assert "Kazakhstan" in answer.text.split(":")[0]
    for year in ("2017", "2024"):
        assert year in answer.text
    assert "2026" not in answer.text


def test_other_wordings_ask_the_same_turns(engine: Engine) -> None:
    """'Which years did Armenia chair the organization': Armenia's hand-overs, 2021 and 2022."""
    answer = ask(engine, "which years did armenia chair the organization")
    assert answer.answered
    assert "2021" in answer.text and "2022" in answer.text
    assert "Russia holds" not in answer.text


def test_the_chair_now_is_still_today_s(engine: Engine) -> None:
    """Asked of now, a state named is checked against today's chair, not listed by its turns."""
    answer = ask(engine, "does russia hold the presidency now")
    assert answer.answered
    assert "2026" in answer.text
    assert "hand-overs" not in answer.text


def test_whom_the_chair_was_handed_to_is_asked_at_the_time_in_play(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Who did they hand it over to?' after the chair during the Kazakh unrest: the hand-over
    after that time (Armenia to Belarus), not today's chair."""
    first, handed = talk(
        "which country held the csto presidency during the kazakh unrest?",
        "who did they hand it over to?",
    )
    assert "Armenia" in first.text
    assert handed.answered and "Belarus" in handed.text.split(".")[0]
    assert "2026" not in handed.text


def test_who_handed_the_chair_to_its_holder_is_the_one_before(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Who gave it to them?' after today's chair: the hand-over to that chair (from the state
    before it), not the chair again."""
    _, handed = talk("which country has the csto presidency now?", "and who gave it to them?")
    assert handed.answered
    assert "handed the CSTO chairmanship to Russia" in handed.text


def test_a_turn_no_hand_over_records_is_told_in_date_order(engine: Engine) -> None:
    """Tajikistan held the chair at the 2015 Dushanbe summit (no hand-over records it) and
    handed it on in 2021: both, the earlier first."""
    answer = ask(engine, "tajikistan has been chair in what years?")
    assert answer.answered
    assert "2015" in answer.text and "2021" in answer.text
    assert answer.text.index("2015") < answer.text.index("2021")
