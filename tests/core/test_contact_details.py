"""Contact details (a street address, a phone number, a website) are attributes no fact states:
asked for one, the bot says it does not know rather than giving the city."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_street_address_is_not_the_city(talk: Callable[..., list[Answer]]) -> None:
    """'Moscow' is not the street address asked for."""
    (answer,) = talk("what's the street adress of the csto secretariat? i want to send a letter")
    assert not answer.answered


def test_phone_number_is_not_known(talk: Callable[..., list[Answer]]) -> None:
    """No fact gives a telephone number."""
    (answer,) = talk("what is the phone number of the csto secretariat in moscow")
    assert not answer.answered
