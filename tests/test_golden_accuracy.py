"""The engine answers the golden questions well enough to ship: 95% right, 95% abstentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge
from bot.evaluation import (
    PINS_FILE,
    in_domain,
    load_cases,
    out_of_domain,
    read_pins,
    report,
    run_cases,
    score,
)

ROOT = Path(__file__).resolve().parents[1]
PINS = ROOT / "tests" / "golden" / PINS_FILE
UPDATE = "record it with `csto-bot eval tests/golden --update-pins` and commit passing.txt"
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


def test_no_pinned_golden_question_stops_passing(outcomes):
    """Every question recorded in tests/golden/passing.txt still passes."""
    passing = {outcome.case.id for outcome in outcomes if outcome.passed}
    lost = sorted(read_pins(PINS) - passing)
    assert not lost, "pinned golden questions no longer pass:\n" + "\n".join(lost)


def test_newly_passing_golden_questions_are_pinned(outcomes):
    """A golden question that starts passing is added to the record in the same change."""
    passing = {outcome.case.id for outcome in outcomes if outcome.passed}
    gained = sorted(passing - read_pins(PINS))
    assert not gained, f"{len(gained)} more golden questions pass; {UPDATE}:\n" + "\n".join(gained)


def test_pinned_ids_name_existing_golden_questions():
    """Each pinned id is a question still in the golden files (ids are file plus question)."""
    ids = {case.id for case in load_cases(ROOT / "tests" / "golden")}
    assert read_pins(PINS) <= ids


FRESH = sorted((ROOT / "tests" / "fresh").glob("batch*/" + PINS_FILE))


@pytest.mark.parametrize("pins", FRESH, ids=[path.parent.name for path in FRESH])
def test_no_pinned_fresh_question_stops_passing(pins):
    """Every question pinned in a fresh batch's passing.txt still passes (its regression set)."""
    engine = Engine(load_knowledge(ROOT / "knowledge"), strict=True)
    passing = {o.case.id for o in run_cases(engine, load_cases(pins.parent)) if o.passed}
    lost = sorted(read_pins(pins) - passing)
    assert not lost, f"pinned {pins.parent.name} questions no longer pass:\n" + "\n".join(lost)
