"""'How many troops' after a fact that says troops went in but gives no number asks the
subject's facts for the number, not that fact again.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.answering.check import states_quantity
from bot.core.api import Answer


def test_a_quantity_is_a_number_of_things() -> None:
    """'About 2,000 personnel' states a quantity; a year or a day states none."""
    assert states_quantity("The force numbered about 2,000 personnel.")
    assert not states_quantity("The force arrived on 6 January 2022.")


def test_how_many_after_a_deployment_without_a_number(
    talk: Callable[..., list[Answer]],
) -> None:
    """The overview of the Kazakh mission says forces were sent, not how many: 'how many
    soldiers went' finds the 2,000-2,500 the facts give, rather than declining."""
    answers = talk("tell me about the csto deployment in kazakhstan", "how many soldiers?")
    assert answers[-1].answered and "2,000" in answers[-1].text
