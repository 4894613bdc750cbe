"""'Which group did it join that year': the grouping a state joined is asked, not its joining
the organization; the fact naming the other grouping answers, or nothing does.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.core.engine import Engine
from tests.core.asking import ask


def test_the_grouping_joined_the_year_in_play(talk: Callable[..., list[Answer]]) -> None:
    """After Uzbekistan's first exit, 'what group did they join in the same year' is GUAM,
    not its signing of the treaty in 1992."""
    answers = talk(
        "in what year did uzbekistan walk out of the treaty the first time",
        "what group did they join in the same year",
    )
    assert answers[-1].answered and "GUAM" in answers[-1].text
    assert "original signatory" not in answers[-1].text


def test_the_grouping_asked_alone(engine: Engine) -> None:
    """'Which grouping did uzbekistn join in 1999' (a typo): GUAM, not the 1992 signing."""
    answer = ask(engine, "which grouping did uzbekistn join in 1999")
    assert answer.answered and "GUAM" in answer.text
    assert "original signatory" not in answer.text


def test_a_grouping_never_recorded_is_no_csto_joining(engine: Engine) -> None:
    """'What union did Armenia join in 2015': no fact names it; Armenia's CSTO joining is no
    answer to it."""
    answer = ask(engine, "what union did armenia join in 2015")
    assert not answer.answered or "original signatory" not in answer.text


def test_the_alliance_joined_is_still_the_organization(engine: Engine) -> None:
    """'Which alliance did Armenia join in 1992': the organization's own word, so its joining."""
    answer = ask(engine, "which alliance did armenia join in 1992")
    assert answer.answered and "1992" in answer.text
