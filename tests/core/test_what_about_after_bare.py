"""'What about the charter?' after "where was the treaty signed?" and a bare "and when?": the
question that named the treaty is the one asked anew of the charter."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_what_about_after_a_bare_follow_up(talk: Callable[..., list[Answer]]) -> None:
    """A bare "and when?" names nothing, so the signing question is still the one swapped."""
    *_, charter, before = talk(
        "where was the collective security treaty signed?",
        "and when?",
        "what about the charter?",
        "and before the treaty itself?",
    )
    assert "2002" in charter.text
    assert "Charter" in charter.text
    assert "intergovernmental military alliance" not in charter.text
    assert "Unified Armed Forces" in before.text
