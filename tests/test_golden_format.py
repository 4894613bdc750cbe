"""The golden question set in tests/golden/ has the documented shape and sizes.

These tests check only the files' format, never the engine's answers: scoring is
`csto-bot eval tests/golden`.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.core.knowledge.errors import KnowledgeError
from bot.evaluation import load_cases

GOLDEN_DIR = Path(__file__).parent / "golden"
CATEGORIES = {
    "members",
    "summits",
    "conflicts",
    "organization",
    "people",
    "disputed",
    "out_of_domain",
    "followups",
}
FILE_KEYS = {"category", "questions", "followups"}
QUESTION_KEYS = {"q", "expect", "abstain"}
MIN_IN_DOMAIN = 270
MIN_ABSTAIN = 45
MIN_FOLLOWUPS = 24
MIN_RUSSIAN = 5
CYRILLIC = re.compile("[\u0400-\u04ff]")


def _golden_files() -> list[Path]:
    return sorted(GOLDEN_DIR.glob("*.yaml"))


@cache
def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    assert isinstance(data, dict), f"{path.name}: top level must be a mapping"
    return data


def _all_data() -> dict[str, dict[str, Any]]:
    return {path.stem: _load(path) for path in _golden_files()}


def _singles(data: dict[str, Any]) -> list[dict[str, Any]]:
    return list(data.get("questions") or [])


def _turns(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [turn for item in data.get("followups") or [] for turn in item["turns"]]


def _question_problems(where: str, item: object) -> list[str]:
    """Everything wrong with one question or follow-up turn (empty when it is well formed)."""
    if not isinstance(item, dict):
        return [f"{where}: must be a mapping"]
    problems = [f"{where}: unknown key {key!r}" for key in set(item) - QUESTION_KEYS]
    question = item.get("q")
    if not isinstance(question, str) or not question.strip():
        problems.append(f"{where}: 'q' must be a non-empty string")
    abstain = item.get("abstain", False)
    if not isinstance(abstain, bool):
        problems.append(f"{where}: 'abstain' must be true or false")
    if abstain:
        if "expect" in item:
            problems.append(f"{where}: an abstain question has no 'expect'")
        return problems
    expect = item.get("expect")
    if not isinstance(expect, list) or not expect:
        problems.append(f"{where}: an in-domain question needs a non-empty 'expect' list")
        return problems
    for position, entry in enumerate(expect):
        options = entry if isinstance(entry, list) else [entry]
        if not options:
            problems.append(f"{where}: expect[{position}] is an empty any-of list")
        for option in options:
            if not isinstance(option, str) or not option.strip() or option != option.strip():
                problems.append(f"{where}: expect[{position}] has a blank or padded string")
    return problems


@pytest.mark.parametrize(
    ("item", "wanted"),
    [
        ({"q": "when", "expect": ["1999"]}, None),
        ({"q": "when", "expect": [["1993", "1994"]]}, None),
        ({"q": "hi", "abstain": True}, None),
        ({"q": "", "expect": ["1999"]}, "non-empty string"),
        ({"q": "when"}, "non-empty 'expect'"),
        ({"q": "when", "expect": []}, "non-empty 'expect'"),
        ({"q": "when", "expect": [[]]}, "empty any-of"),
        ({"q": "when", "expect": [" 1999"]}, "blank or padded"),
        ({"q": "when", "expect": [5]}, "blank or padded"),
        ({"q": "hi", "abstain": True, "expect": ["x"]}, "has no 'expect'"),
        ({"q": "hi", "abstain": "yes"}, "true or false"),
        ({"q": "when", "expect": ["1999"], "answer": "x"}, "unknown key"),
    ],
)
def test_validator_catches_malformed_questions(item: dict[str, Any], wanted: str | None) -> None:
    """The checker used below accepts good questions and names what is wrong with bad ones."""
    problems = _question_problems("x", item)
    if wanted is None:
        assert problems == []
    else:
        assert any(wanted in problem for problem in problems), problems


@pytest.mark.parametrize("path", _golden_files(), ids=lambda path: path.name)
def test_file_shape(path: Path) -> None:
    """Each file names its category after itself and holds only known top-level keys."""
    data = _load(path)
    assert set(data) <= FILE_KEYS, f"unknown keys {set(data) - FILE_KEYS}"
    assert data.get("category") == path.stem
    assert isinstance(data.get("questions"), list)
    assert isinstance(data.get("followups", []), list)


@pytest.mark.parametrize("path", _golden_files(), ids=lambda path: path.name)
def test_questions_well_formed(path: Path) -> None:
    """Every question has text, and either a non-empty expect list or abstain with none."""
    data = _load(path)
    problems: list[str] = []
    for index, item in enumerate(_singles(data)):
        problems += _question_problems(f"{path.name} questions[{index}]", item)
    assert problems == []


@pytest.mark.parametrize("path", _golden_files(), ids=lambda path: path.name)
def test_followups_well_formed(path: Path) -> None:
    """Every follow-up is a conversation of at least two well-formed turns."""
    data = _load(path)
    problems: list[str] = []
    for index, item in enumerate(data.get("followups") or []):
        where = f"{path.name} followups[{index}]"
        if not isinstance(item, dict) or set(item) != {"turns"}:
            problems.append(f"{where}: must be a mapping with only 'turns'")
            continue
        turns = item["turns"]
        if not isinstance(turns, list) or len(turns) < 2:
            problems.append(f"{where}: needs at least two turns")
            continue
        for number, turn in enumerate(turns):
            problems += _question_problems(f"{where} turns[{number}]", turn)
    assert problems == []


def test_every_category_has_a_file() -> None:
    """The set has exactly the documented category files."""
    assert {path.stem for path in _golden_files()} == CATEGORIES


def test_out_of_domain_only_abstains() -> None:
    """Out-of-domain questions all expect an abstention."""
    questions = _singles(_all_data()["out_of_domain"])
    assert questions
    assert all(item.get("abstain") is True for item in questions)


def test_minimum_counts() -> None:
    """The set meets its minimum sizes: in-domain singles, abstentions, follow-ups."""
    data = _all_data()
    singles = [item for each in data.values() for item in _singles(each)]
    in_domain = [item for item in singles if not item.get("abstain")]
    abstain = [item for item in singles if item.get("abstain")]
    followups = [item for each in data.values() for item in each.get("followups") or []]
    assert len(in_domain) >= MIN_IN_DOMAIN
    assert len(abstain) >= MIN_ABSTAIN
    assert len(followups) >= MIN_FOLLOWUPS


def test_some_questions_are_in_russian() -> None:
    """Users also ask in Russian, so the set keeps a few Cyrillic questions."""
    data = _all_data()
    questions = [item["q"] for each in data.values() for item in _singles(each)]
    assert sum(1 for text in questions if CYRILLIC.search(text)) >= MIN_RUSSIAN


def test_no_duplicate_single_questions() -> None:
    """No single question appears twice across the set (a duplicate would count twice)."""
    data = _all_data()
    seen: dict[str, str] = {}
    duplicates: list[str] = []
    for name, each in data.items():
        for item in _singles(each):
            key = " ".join(item["q"].lower().split())
            if key in seen:
                duplicates.append(f"{item['q']!r} in {seen[key]} and {name}")
            seen.setdefault(key, name)
    assert duplicates == []


def test_followup_turns_are_counted_apart() -> None:
    """Follow-up turns live only under 'followups', never mixed into 'questions'."""
    data = _all_data()
    assert _singles(data["followups"]) == []
    assert len(_turns(data["followups"])) >= 2 * MIN_FOLLOWUPS


def test_a_malformed_case_file_names_its_file_line_and_field(tmp_path: Path) -> None:
    """A list inside a list of alternatives is refused before anything is scored, located."""
    (tmp_path / "people.yaml").write_text(
        'category: people\nquestions:\n  - q: "who?"\n    expect: ["a", [["b", "c"]]]\n',
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as raised:
        load_cases(tmp_path)
    assert "people.yaml:4: questions[0] > expect[1]" in str(raised.value)


def test_every_fresh_batch_loads() -> None:
    """Each fresh batch in tests/fresh reads as case files (the scorer validates them)."""
    for batch in sorted((Path(__file__).parent / "fresh").glob("batch*")):
        assert load_cases(batch), batch
