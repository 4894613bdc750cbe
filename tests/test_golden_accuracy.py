"""The engine answers the golden questions well enough to ship: 95% right, 95% abstentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge
from bot.evaluation import in_domain, load_cases, out_of_domain, report, run_cases, score

ROOT = Path(__file__).resolve().parents[1]
THRESHOLD = 0.95


@pytest.fixture(scope="module")
def outcomes():
    engine = Engine(load_knowledge(ROOT / "knowledge"), strict=True)
    return run_cases(engine, load_cases(ROOT / "tests" / "golden"))


def test_in_domain_accuracy_meets_the_bar(outcomes):
    """At least 95% of in-domain golden questions get an answer containing the expected facts."""
    result = score(in_domain(outcomes))
    assert result.total >= 250
    assert result.rate >= THRESHOLD, report(outcomes)


def test_out_of_domain_questions_are_abstained(outcomes):
    """At least 95% of out-of-domain golden questions are abstained."""
    result = score(out_of_domain(outcomes))
    assert result.total >= 40
    assert result.rate >= THRESHOLD, report(outcomes)


def test_follow_ups_are_scored_as_conversations(outcomes):
    """Follow-up turns share a conversation, and there are at least 20 conversations."""
    keys = {outcome.case.conversation for outcome in outcomes if outcome.case.followup}
    assert len(keys) >= 20
