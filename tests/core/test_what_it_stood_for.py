"""'Who announced it?' after a record's answer: "it" is what the answer said, and a party's
reaction asked next ("how did Moscow react?") is a step aside from the state in play."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_who_announced_it_after_a_status_is_who_announced_that_step(
    talk: Callable[..., list[Answer]],
) -> None:
    """The status said Armenia froze its participation: Pashinyan told France 24 so (was the
    foreign minister saying his words were no announced withdrawal)."""
    _, announced = talk("what's going on between armenia and the csto", "who announced it?")
    assert announced.answered
    assert "Pashinyan told France 24" in announced.text
    assert not announced.text.startswith("Armenia's Foreign Minister")


def test_a_partys_reaction_keeps_the_state_in_play(talk: Callable[..., list[Answer]]) -> None:
    """After Moscow's reaction to the freeze, "they" is still Armenia, which skipped Bishkek."""
    *_, moscow, turned_up = talk(
        "what's going on between armenia and the csto",
        "who announced it?",
        "How did Moscow react?",
        "did they turn up for the 2025 summit?",
    )
    assert "Peskov" in moscow.text
    assert "Armenia skipped" in turned_up.text
    assert "Bishkek" in turned_up.text


def test_it_as_the_subject_is_the_thing_in_play(talk: Callable[..., list[Answer]]) -> None:
    """ "How big is it", "where did it first exercise": "it" is the force, not the statement
    made about it; the last turn's place is found, not its founding again."""
    *_, where, country = talk(
        "when was the ksor created",
        "how big is it",
        "where did it first exercise",
        "in which country is that",
    )
    assert "Matybulak" in where.text
    assert "Kazakhstan" in country.text
