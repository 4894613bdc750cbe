"""'Who became secretary general in 2017' lists two terms: "he" next is the one who took the post
up in full, not the acting stand-in whose term also began that year."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_he_after_became_is_the_full_holder(talk: Callable[..., list[Answer]]) -> None:
    """Of two terms begun in 2017 (one acting), "he" is the holder who became it."""
    listed, country = talk("who became secretary general in 2017?", "which country is he from?")
    assert "Semerikov" in listed.text + " ".join(listed.items)
    assert country.intent != "clarify"
    assert "Khachaturov" in country.text
    assert "Armenia" in country.text
