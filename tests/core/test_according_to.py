"""'According to Moscow': what holds according to a state is what that state or one of its
people said, not another party's view of the same point."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_according_to_a_capital_is_what_its_state_said(talk: Callable[..., list[Answer]]) -> None:
    """Moscow is Russia here: the Kremlin spokesman's words answer, not Azerbaijan's hope."""
    (answer,) = talk("does the csto's protection cover karabakh according to moscow?")
    assert answer.answered
    assert "Peskov" in answer.text
    assert "Azerbaijan apparently hoped" not in answer.text


def test_without_a_source_the_other_view_may_lead(talk: Callable[..., list[Answer]]) -> None:
    """The filter applies only when a source is named: asked plainly, both views may be given."""
    (answer,) = talk("does csto protection cover karabakh")
    assert "Azerbaijan" in answer.text


def test_according_to_a_state_by_its_name(talk: Callable[..., list[Answer]]) -> None:
    """A state named outright: its own leader's words answer."""
    (answer,) = talk("according to armenia, why did it freeze its participation")
    assert "Pashinyan" in answer.text
