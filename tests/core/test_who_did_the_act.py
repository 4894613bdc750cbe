"""Asked who did something to a drill ("who called off Indestructible Brotherhood-2022"), the
drill's record says the act ("then cancelled") but no one who did it: the fact saying who
(Kyrgyzstan, on 9 October 2022) answers. A record whose clause names the doers still answers."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_the_fact_saying_who_answers(talk: Callable[..., list[Answer]]) -> None:
    """Wordings in no set: another verb, 'by whom' last, two asks."""
    for question in (
        "who scrapped the indestructible brotherhood exercise in 2022",
        "indestructible brotherhood-2022 was called off by whom",
        "who called off indestructible brotherhood 2022, and on what day?",
    ):
        (answer,) = talk(question)
        assert answer.answered, question
        assert "Kyrgyzstan cancelled" in answer.text, question


def test_a_record_naming_the_doers_still_answers(talk: Callable[..., list[Answer]]) -> None:
    """'Signed ... by Armenia, Kazakhstan, ...': the record's clause says who."""
    (answer,) = talk("who put their signature on the original treaty in 1992?")
    assert answer.answered
    assert all(state in answer.text for state in ("Kyrgyzstan", "Tajikistan", "Uzbekistan"))
