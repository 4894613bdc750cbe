"""PhraseTable finds the same phrases, in the same order, as scanning once per phrase would."""

from __future__ import annotations

from bot.core.language.normalize import tokens
from bot.core.language.phrases import PhraseTable

_TABLE = PhraseTable(
    [
        (("how", "many"), "count"),
        (("how",), "manner"),
        (("when",), "time"),
        (("how", "long"), "duration"),
    ]
)


def test_phrases_are_found_by_position_then_in_the_order_given() -> None:
    words = tuple(tokens("when and how many troops went and how long"))
    found = [(start, value) for start, _, value in _TABLE.found(words)]
    assert found == [(0, "time"), (2, "count"), (2, "manner"), (7, "manner"), (7, "duration")]


def test_a_phrase_must_match_whole_not_just_its_first_word() -> None:
    words = tuple(tokens("how much"))
    assert [value for _, value in _TABLE.at(words, 0)] == ["manner"]


def test_a_phrase_running_past_the_end_does_not_match() -> None:
    assert [value for _, value in _TABLE.at(("how",), 0)] == ["manner"]
    assert not list(_TABLE.at(("how",), 1))


def test_no_phrase_in_the_words() -> None:
    assert not list(_TABLE.found(tuple(tokens("who leads the csto"))))


def test_no_phrase_where_there_is_no_word() -> None:
    """A question of control characters reads as no words: asked at its start, nothing."""
    assert not list(_TABLE.at((), 0))
