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
