"""`csto-bot gaps`: grouping near-identical questions, the sections, and the three outputs."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import yaml

from bot.core.api import Answer, Context, FactRef
from bot.core.engine import Engine
from bot.evaluation import load_cases
from bot.questionlog.gaps import Filters, build_report
from bot.questionlog.grouping import group_similar, normalized
from bot.questionlog.log import LogOptions, QuestionLog
from bot.questionlog.report_text import as_golden_yaml, chat_summary
from tests.questionlog.helpers import FAST, open_log

ROOT = Path(__file__).resolve().parents[2]
MISSING = [
    "who is the csto mascot",
    "Who is the CSTO mascot?",
    "whos the csto mascot",
    "who is the mascot of the csto",
]


def answer(answered: bool, version: str = "v1", facts: tuple[str, ...] = ()) -> Answer:
    """A minimal Answer as the engine would log it."""
    return Answer(
        question="q",
        answered=answered,
        text="x" if answered else "I don't know that.",
        confidence=0.9 if answered else 0.0,
        intent="facts.search" if answered else "abstain",
        knowledge_version=version,
        facts=tuple(FactRef(id=fact, text=fact) for fact in facts),
    )


def test_near_identical_questions_group_together_and_others_do_not():
    """Case, punctuation, a typo and reordered words group; a different question stays apart."""
    groups = group_similar([*MISSING, "when was the csto founded"], lambda text: text)
    assert sorted(map(len, groups)) == [1, 4]
    assert groups[0] == MISSING or set(groups[0]) == set(MISSING)


def test_report_lists_unanswered_groups_with_counts_examples_and_nearest(db: Path, engine: Engine):
    """Unanswered questions come back grouped, counted, with examples and nearest subjects."""
    log = open_log(db, engine)
    for text in [*MISSING, "what is the csto budget for 2099 in armenia"]:
        log.record(text, Context(platform="slack"), answer(False))
    log.record("When did Azerbaijan leave the CSTO?", Context(platform="slack"), answer(True))
    log.close()
    report = build_report(db, Filters(), log.nearest)
    top = report.unanswered[0]
    assert report.questions == 6
    assert top.count == 4
    assert len(top.examples) == 3
    assert len({normalized(example) for example in top.examples}) == 3  # no case-only variants
    assert top.first_seen <= top.last_seen
    assert report.unanswered[1].count == 1
    assert "Armenia" in report.unanswered[1].nearest
    assert [gap.count for gap in build_report(db, Filters(min_count=2)).unanswered] == [4]
    assert build_report(db, Filters(platform="discord")).questions == 0


def test_disliked_low_confidence_and_changed_answers_are_reported(db: Path):
    """👎 with text, answers below the confidence bar and answers that differ by version."""
    log = QuestionLog(LogOptions(db, limits=FAST), None)
    bad = log.record("when did georgia leave", None, answer(True, "v1", ("georgia/left",)))
    log.record_feedback(bad, False, "It was 1999, not 2012")
    log.record_feedback(bad, True)
    log.record("when did georgia leave", None, answer(True, "v2", ("georgia/left-1999",)))
    weak = dataclasses.replace(answer(True), confidence=0.55)
    log.record("how big is the ksor", None, weak)
    log.close()
    report = build_report(db)
    [disliked] = report.disliked
    assert (disliked.down, disliked.up) == (1, 1)
    assert disliked.comments == ["It was 1999, not 2012"]
    assert disliked.facts == ["georgia/left"]
    assert [low.question for low in report.low_confidence] == ["how big is the ksor"]
    [changed] = report.changed
    assert [v.version for v in changed.versions] == ["v1", "v2"]


def test_yaml_output_is_golden_format_that_eval_can_load(db: Path, engine: Engine, tmp_path: Path):
    """--yaml output loads as a golden file: one question per gap, expect left to the editor."""
    log = open_log(db, engine)
    for text in [*MISSING, 'say "hi": {not: yaml}']:
        log.record(text, None, answer(False))
    log.close()
    text = as_golden_yaml(build_report(db))
    data = yaml.safe_load(text)
    assert data["category"] == "gaps"
    target = tmp_path / "gaps.yaml"
    target.write_text(text, encoding="utf-8")
    cases = load_cases(target)
    assert len(cases) == 2
    assert 'say "hi": {not: yaml}' in [case.question for case in cases]


def test_chat_summary_fits_the_limit(db: Path):
    """The admin summary is cut at whole lines to the platform's limit."""
    log = QuestionLog(LogOptions(db, limits=FAST), None)
    for number in range(50):
        log.record(f"unknown thing number {number} " + "z" * 150, None, answer(False))
    log.close()
    summary = chat_summary(build_report(db, Filters(similarity=100)), 500)
    assert len(summary) <= 500
    assert summary.count("\n") >= 2


def test_gaps_command_prints_json_from_the_database(db: Path):
    """`csto-bot gaps --db FILE --json` prints the report as JSON."""
    log = QuestionLog(LogOptions(db, limits=FAST), None)
    for text in MISSING:
        log.record(text, Context(platform="discord"), answer(False))
    log.close()
    result = subprocess.run(
        [sys.executable, "-m", "bot", "gaps", "--db", str(db), "--json",
         "--knowledge", "tests/core/fixtures/minimal", "--platform", "discord"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["unanswered"][0]["count"] == 4


def test_gaps_command_explains_a_missing_database(tmp_path: Path):
    """With no log yet, `csto-bot gaps` says so in one line and exits 1, no traceback."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "gaps", "--db", str(tmp_path / "none.sqlite3"),
         "--knowledge", "tests/core/fixtures/minimal"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "no question log" in result.stderr
    assert "Traceback" not in result.stderr
