"""'Why?' after an answer whose fact already says why asks that fact again; 'and in <year>?'
after an office's holder makes the holder then the person in play.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_why_after_a_refusal_with_its_reason(talk: Callable[..., list[Answer]]) -> None:
    """The refusal to sign at Yerevan was given with its 'because': 'how come?' is that."""
    answers = talk(
        "what went on at the yerevan summit in 2022?",
        "who would not sign?",
        "why not?",
    )
    assert answers[-1].answered and "condemnation" in answers[-1].text


def test_why_after_a_reason_given_by_another_record(talk: Callable[..., list[Answer]]) -> None:
    """After who stayed away from signing at Yerevan 2022 (an absences record), 'why' is the
    refusal's own reason, not an abstention."""
    answers = talk("who did not sign the declaration in yerevan in 2022", "why")
    assert answers[-1].answered and "no condemnation of Azerbaijan" in answers[-1].text


def test_another_year_moves_the_person_in_play(talk: Callable[..., list[Answer]]) -> None:
    """After the 2016 and then the 2021 Secretary General, 'which country is he from' is of
    the 2021 holder (Zas), not the one asked first (Bordyuzha)."""
    answers = talk(
        "who was the secretary general in 2016?",
        "what about 2021?",
        "which country is he from?",
    )
    assert "Zas" in answers[1].text
    assert "Belarus" in answers[-1].text and "Bordyuzha" not in answers[-1].text
