"""The facts' own words for what a question names otherwise: a status's "rules" are its legal
framework; a "fact-finding mission" is, in most facts, a "mission".

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_rules_for_a_status_are_its_legal_framework(engine: Engine) -> None:
    """The framework for partner and observer status: Astana, 8 November 2018."""
    answer = ask(engine, "in which year were the csto's rules on observer status signed?")
    assert answer.answered and "2018" in answer.text


def test_a_fact_finding_mission_is_the_mission(engine: Engine) -> None:
    """The CSTO mission to Armenia of September 2022 was led by Anatoly Sidorov."""
    answer = ask(engine, "who headed the fact finding mission the csto sent to armenia?")
    assert answer.answered and "Sidorov" in answer.text
