"""A founding document's content asked ("does the charter have a clause on ...", "what does the
treaty say about ...") is a rule of the organization, not the record of the document's signing."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_a_clause_of_the_charter_is_its_rule(talk: Callable[..., list[Answer]]) -> None:
    """The Charter's rule on leaving answers, not the date the Charter was signed."""
    (answer,) = talk("is there any clause in the csto charter letting a state pull out on its own")
    assert answer.answered
    assert "suspension" in answer.text
    assert "7 October 2002" not in answer.text


def test_what_the_charter_says_is_not_a_speech(talk: Callable[..., list[Answer]]) -> None:
    """What the Charter says about leaving is its rule, not a leader's speech about leaving."""
    (answer,) = talk("what does the charter say about a member leaving")
    assert "unilateral" in answer.text
    assert "parliament" not in answer.text


def test_exit_is_leaving(talk: Callable[..., list[Answer]]) -> None:
    """ "Exit" asks the rule on withdrawal as "leave" does."""
    (answer,) = talk("can a member state just exit the csto whenever it likes?")
    assert "unilateral" in answer.text
