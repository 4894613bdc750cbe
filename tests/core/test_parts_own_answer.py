"""A part of a question asking what, whose own answer speaks of its words where the whole's
does not, shows its own answer ("date + new SG": the session's record says no new SG)."""

from __future__ import annotations

from bot.core.engine import Engine


def test_the_second_part_shows_its_own_answer(engine: Engine) -> None:
    """The Bishkek 2025 session's date, then who it named Secretary General."""
    answer = engine.answer("bishkek nov 2025 summit - date, and the new sg?")
    assert answer.answered, answer.text
    said = " ".join((answer.text, *answer.items))
    assert "27 November 2025" in said and "Masadykov" in said, said


def test_a_host_state_is_no_secretary_general(engine: Engine) -> None:
    """ "Who became the new sg" asks a person: "hosted by Kyrgyzstan" does not say who."""
    answer = engine.answer("bishkek nov 2025 summit: date + who became the new sg?")
    assert answer.answered, answer.text
    assert "Masadykov" in " ".join((answer.text, *answer.items)), answer.text
