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


PINNED_SETS = [ROOT / "tests" / "golden", *sorted((ROOT / "tests" / "fresh").glob("batch*"))]


@pytest.fixture(scope="module", params=PINNED_SETS, ids=lambda path: path.name)
def pinned_set(request):
    """A question set with a passing.txt record, and the engine's outcomes on it."""
    path = request.param
    engine = Engine(load_knowledge(ROOT / "knowledge"), strict=True)
    return path, run_cases(engine, load_cases(path))


def test_no_pinned_question_stops_passing(pinned_set):
    """Every question recorded in a set's passing.txt (golden and fresh batches) still passes."""
    path, results = pinned_set
    passing = {outcome.case.id for outcome in results if outcome.passed}
    lost = sorted(read_pins(path / PINS_FILE) - passing)
    assert not lost, f"pinned questions of {path.name} no longer pass:\n" + "\n".join(lost)


def test_newly_passing_questions_are_pinned(pinned_set):
    """A question that starts passing is added to its set's record in the same change."""
    path, results = pinned_set
    passing = {outcome.case.id for outcome in results if outcome.passed}
    gained = sorted(passing - read_pins(path / PINS_FILE))
    update = f"record it with `csto-bot eval {path.relative_to(ROOT)} --update-pins`"
    assert not gained, f"{len(gained)} more questions of {path.name} pass; {update}:\n" + "\n".join(
        gained
    )


@pytest.mark.parametrize("path", PINNED_SETS, ids=lambda path: path.name)
def test_pinned_ids_name_existing_questions(path):
    """Each pinned id is a question still in its set (ids are file plus question)."""
    ids = {case.id for case in load_cases(path)}
    assert (path / PINS_FILE).is_file(), f"{path} has no {PINS_FILE}"
    assert read_pins(path / PINS_FILE) <= ids
