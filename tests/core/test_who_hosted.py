"""'Who hosted the summit' asks for a person: the leader who hosted it, besides the state."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_who_hosted_names_the_host_leader(shipped_engine: Engine) -> None:
    """The summit's chair record names the leader who hosted it; the state is said too."""
    answer = ask(shipped_engine, "Who hosted the 2016 CSTO summit in Yerevan?")
    assert "Sargsyan" in answer.text
    assert "Armenia" in answer.text


def test_when_and_who_hosted_keeps_the_date(shipped_engine: Engine) -> None:
    """Asked when as well, the session's date-and-place record still answers."""
    answer = ask(shipped_engine, "when was the 2016 Yerevan summit and which country hosted it?")
    assert "14 October 2016" in answer.text
