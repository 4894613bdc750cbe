"""The fallback search gives way to the routed answer when the question's words only say how it
is put, and a multi-part question is answered in every part or not at all."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_what_happened_at_a_summit_is_its_overview(talk: Callable[..., list[Answer]]) -> None:
    """'What happened at the Minsk summit' asks for the summit, not a fact that shares its date."""
    (answer,) = talk("what happened at the minsk summit in november 2023")
    assert answer.answered
    assert answer.intent == "summit.overview"
    assert "Sidorov" not in answer.text.split(".")[0]


def test_plural_city_asks_where(talk: Callable[..., list[Answer]]) -> None:
    """'Name the cities' asks where the summits were, it is no topic a fact must share."""
    (answer,) = talk("which csto summits has armenia skipped since 2023? name the cities please")
    assert "Minsk" in answer.text and "Bishkek" in answer.text
    assert "consensus" not in answer.text


def test_whats_the_deal_is_an_aside(talk: Callable[..., list[Answer]]) -> None:
    """'Whats the deal w that' asks nothing of a deal: the Karabakh deal is no answer."""
    (answer,) = talk("armenia froze its odkb membership when exactly?? whats the deal w that")
    assert "2024" in answer.text
    assert "Karabakh" not in answer.text


def test_how_long_asks_for_a_period_not_for_long_words(
    talk: Callable[..., list[Answer]],
) -> None:
    """'How long did he serve' asks for a term: a 'long-term vision' fact shares only a word."""
    (answer,) = talk("who was the first secretary general and how long did he serve?")
    assert "Bordyuzha" in answer.text
    assert "long-term" not in answer.text
