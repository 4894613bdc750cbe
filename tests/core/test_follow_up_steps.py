"""Follow-ups that step from what is in play: the person "he" stood for while another subject
was asked of him, and the holder before or after a yearly office's holder.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_the_person_asked_of_stays_in_play(talk: Callable[..., list[Answer]]) -> None:
    """'Who succeeded him' after asking what he said of the rapid reaction force: his successor,
    not the force's overview."""
    answers = talk(
        "who headed the csto joint staff in 2016?",
        "what did he say about the size of the rapid reaction force?",
        "who succeeded him?",
    )
    assert answers[-1].answered and "Serdyukov" in answers[-1].text


def test_the_chair_before_the_one_in_play(talk: Callable[..., list[Answer]]) -> None:
    """'Who had it before that country' after the chair of 2025 is the chair of 2024."""
    answers = talk("which country chaired the csto in 2025?", "and who held it before them?")
    assert answers[-1].answered and "Kazakhstan" in answers[-1].text
    assert "Russia holds" not in answers[-1].text


def test_the_chair_after_the_one_in_play(talk: Callable[..., list[Answer]]) -> None:
    """'Who had it after them' after the chair of 2024 is the chair of 2025, not this year's."""
    answers = talk("who chaired the csto in 2024?", "who got it after them?")
    assert answers[-1].answered and "Kyrgyzstan" in answers[-1].text


def test_what_he_did_before_is_no_predecessor(talk: Callable[..., list[Answer]]) -> None:
    """'What did he command prior to that' asks what he commanded, not who held the post first."""
    answers = talk(
        "who is chief of the csto joint staff now?", "what did he command prior to that?"
    )
    assert answers[-1].answered and "Kazakhstan" in answers[-1].text
    assert answers[-1].intent != "office.succession"


def test_forces_put_on_the_ground_were_deployed(talk: Callable[..., list[Answer]]) -> None:
    """'Put on the ground' reads as deployed: the deal's peacekeepers are counted."""
    answers = talk(
        "when did the second karabakh war end?",
        "how many russian peacekeepers did the deal put on the ground?",
    )
    assert answers[-1].answered and "1,960" in answers[-1].text


def test_a_fact_of_another_in_the_series_is_not_given(talk: Callable[..., list[Answer]]) -> None:
    """'The first Karabakh war' after the second: a fact of the second war answers nothing."""
    answers = talk(
        "when did the second karabakh war begin?", "and when did the first karabakh war finish?"
    )
    assert "second Nagorno-Karabakh war" not in answers[-1].text
    answers = talk("when did the second karabakh war begin?", "and the first war, when did it end?")
    assert "second Nagorno-Karabakh war" not in answers[-1].text
    assert "1994" in answers[-1].text
