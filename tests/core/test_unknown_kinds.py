"""What no fact speaks of is not answered with something near it: a kind picked by "which" that
no fact uses ("which airports"), and harm done to people ("were any soldiers hurt"), asked of a
record that says none."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_a_kind_no_fact_uses_is_not_answered_by_other_things(
    talk: Callable[..., list[Answer]],
) -> None:
    """No fact names an airport: the 14 strategic facilities are no answer to which airports."""
    (answer,) = talk("which airports did the belarusian contingent guard in kazakhstan in 2022")
    assert not answer.answered


def test_a_kind_the_facts_use_is_still_answered(talk: Callable[..., list[Answer]]) -> None:
    """'Sites' is the facts' 'facilities': the strategic facilities answer."""
    (answer,) = talk("which sites did the csto force guard in kazakhstan")
    assert answer.answered
    assert "14" in answer.text


def test_people_hurt_in_a_drill_are_casualties(talk: Callable[..., list[Answer]]) -> None:
    """'Hurt' asks for casualties, as 'injured' does: the drill's record says none."""
    (answer,) = talk("Were any soldiers hurt during the Rubezh-2016 drills?")
    assert not answer.answered


def test_people_hurt_in_the_unrest_are_its_injured(talk: Callable[..., list[Answer]]) -> None:
    """The unrest's toll answers who was hurt in it."""
    (answer,) = talk("was anyone hurt in the kazakhstan unrest")
    assert answer.answered
    assert "injured" in answer.text
