"""scripts/bench.py runs its sections and writes JSON; its synthetic knowledge stays valid."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bot.core.knowledge.loader import load_knowledge

ROOT = Path(__file__).resolve().parents[2]
MINIMAL = ROOT / "tests" / "core" / "fixtures" / "minimal"


def test_bench_load_section_writes_json(tmp_path):
    """The load section reports a warm and a cold result, on screen and in the JSON file."""
    output = tmp_path / "bench.json"
    result = subprocess.run(
        [
            sys.executable,
            "scripts/bench.py",
            *("--knowledge", str(MINIMAL), "--runs", "3", "--json", str(output), "--only", "load"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[:2] for line in lines] == [["load", "warm,"], ["load", "cold,"]]
    report = json.loads(output.read_text())
    assert [(r["section"], r["runs"]) for r in report["results"]] == [("load", 3), ("load", 1)]
    assert all(r["median_ms"] > 0 and r["p95_ms"] >= r["median_ms"] for r in report["results"][:1])
    assert report["results"][1]["details"]["load_ms"] > 0


def test_bench_reports_broken_knowledge_without_traceback(tmp_path):
    """Benchmarking a directory that does not load exits 1 with advice, not a traceback."""
    result = subprocess.run(
        [sys.executable, "scripts/bench.py", "--knowledge", str(tmp_path / "none")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "does not load" in result.stderr
    assert "Traceback" not in result.stderr


def test_synthetic_knowledge_is_valid(tmp_path):
    """The generated benchmark knowledge passes the loader, at about the shipped size."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from synthetic_knowledge import write_synthetic  # noqa: PLC0415 - scripts/ is not a package
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    lines = write_synthetic(tmp_path / "kb")
    knowledge = load_knowledge(tmp_path / "kb")
    assert lines > 2000
    assert (len(knowledge.summits), len(knowledge.conflicts)) == (30, 7)
