"""`csto-bot check` run as a real process: summary or problems, exit status, never a traceback."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from bot.runtime.knowledge import PACKAGED_KNOWLEDGE
from tests.core.knowledge_dirs import BROKEN, MINIMAL, overlay

ROOT = Path(__file__).resolve().parents[2]


def check(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot check ARGS` from the repository root."""
    return subprocess.run(
        [sys.executable, "-m", "bot", "check", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_sound_knowledge_prints_one_summary_line():
    """A sound directory exits 0 with a one-line summary naming the version and counts."""
    result = check(MINIMAL)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert re.fullmatch(
        re.escape(str(MINIMAL)) + r" OK \(kb-[0-9a-f]{10}\): 1 organization, 1 body, 3 countries,"
        r" 2 summits, 1 conflict, 2 people, 0 exercises, 16 sources; 16 facts, all sourced;"
        r" 1 dispute\n",
        result.stdout,
    )


def test_broken_knowledge_prints_each_problem_and_a_count(tmp_path):
    """A broken directory exits 1, prints every problem on its own line, then how many."""
    directory = overlay(BROKEN / "many-problems", tmp_path / "kb")
    result = check(directory)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "zz-added.yaml:6: summits[0] (moscow-2002) > host: unknown country 'russia'"
    assert "zz-more.yaml:5: sources[0] (tass-2002) > date: 2002-02-30 is not a real date" in lines
    assert lines[-1] == f"6 problems in {directory}"
    assert len(lines) == 7
    assert "Traceback" not in result.stderr


def test_missing_directory_is_one_problem(tmp_path):
    """A directory that does not exist is reported in words, exit 1, no traceback."""
    missing = tmp_path / "nowhere"
    result = check(missing)
    assert result.returncode == 1
    assert result.stdout == f"{missing}: no such directory\n1 problem in {missing}\n"
    assert result.stderr == ""


def test_yaml_syntax_error_is_reported_without_traceback(tmp_path):
    """A YAML syntax error comes out as file:line: message."""
    directory = overlay(BROKEN / "yaml-syntax-error", tmp_path / "kb")
    result = check(directory)
    assert result.returncode == 1
    assert result.stdout.startswith("zz-added.yaml:7: YAML syntax error: ")
    assert result.stderr == ""


def test_empty_and_unreadable_files_are_reported(tmp_path):
    """An empty file and an unreadable one are each a problem line, not a crash."""
    directory = overlay(BROKEN / "empty-file", tmp_path / "kb")
    (directory / "zz-folder.yaml").mkdir()
    result = check(directory)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "zz-added.yaml: is empty",
        "zz-folder.yaml: cannot be read: Is a directory",
        f"2 problems in {directory}",
    ]
    assert result.stderr == ""


def test_default_is_the_packaged_knowledge_from_any_directory(tmp_path):
    """Without an argument or KNOWLEDGE_DIR, any directory checks the knowledge in the package."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"PYTHONPATH": str(ROOT), "PATH": "", "CSTO_BOT_CACHE": ""},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{PACKAGED_KNOWLEDGE} OK (kb-")


def test_yaml_error_is_the_root_cause_and_follow_ons_one_line(tmp_path):
    """A syntax error in one real file comes first; the ids it hid are summed up in one line."""
    directory = tmp_path / "kb"
    shutil.copytree(PACKAGED_KNOWLEDGE, directory)
    members = directory / "members.yaml"
    lines = members.read_text(encoding="utf-8").splitlines()
    lines[6] += " : ["  # an unclosed flow sequence after a key: YAML cannot parse the file
    members.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = check(directory)
    assert result.returncode == 1
    output = result.stdout.splitlines()
    assert output[0].startswith("members.yaml:7: YAML syntax error: ")
    assert re.fullmatch(
        r"members\.yaml: and \d+ references to unknown ids, not listed: .*", output[1]
    )
    assert len(output) == 3
