"""A running `csto-bot run` process: heartbeat, health, SIGTERM, broken knowledge at start-up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.core.knowledge.errors import KnowledgeError
from bot.core.knowledge.loader import load_knowledge

ROOT = Path(__file__).parents[2]
KNOWLEDGE = ROOT / "knowledge"


@pytest.fixture
def knowledge_dir():
    """The repository's knowledge, when it and the loader have landed."""
    try:
        load_knowledge(KNOWLEDGE)
    except KnowledgeError as error:
        if "not built yet" in str(error) or not KNOWLEDGE.exists():
            pytest.skip("knowledge/ or the loader has not landed on this branch yet")
        raise
    return KNOWLEDGE


def env_for(tmp_path, **extra: str) -> dict[str, str]:
    """A bare environment pointing the bot at private files."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/"),
        "XDG_STATE_HOME": os.environ["XDG_STATE_HOME"],  # the question log's (tests/conftest.py)
        "PYTHONPATH": str(ROOT),
        "HEALTH_FILE": str(tmp_path / "health.json"),
        **extra,
    }


def wait_for_file(path: Path, process: subprocess.Popen[str], seconds: float = 30.0) -> None:
    """Wait until `path` exists, failing early if the process exits."""
    deadline = time.monotonic() + seconds
    while not path.exists():
        if process.poll() is not None:
            raise AssertionError(f"exited {process.returncode}: {process.stderr.read()}")  # type: ignore[union-attr]
        if time.monotonic() > deadline:
            raise AssertionError(f"{path} never appeared")
        time.sleep(0.05)


def test_sigterm_stops_run_gracefully(tmp_path, knowledge_dir):
    """A running bot is healthy; SIGTERM ends it with exit 0, 'stopped' and no heartbeat left."""
    env = env_for(tmp_path, KNOWLEDGE_DIR=str(knowledge_dir))
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--idle"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    try:
        wait_for_file(tmp_path / "health.json", process)
        health = subprocess.run(
            [sys.executable, "-m", "bot", "health"],
            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=30, check=False,
        )  # fmt: skip
        assert health.returncode == 0, health.stderr
        assert "idle" in health.stdout
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode in (0, -signal.SIGTERM)
    assert process.returncode == 0
    assert "stopped" in stderr
    assert "signal=SIGTERM" in stderr
    assert not (tmp_path / "health.json").exists()


def test_broken_knowledge_at_start_exits_1_with_locations(tmp_path, knowledge_dir):
    """A broken knowledge directory at start-up prints each file:line problem and exits 1."""
    broken = tmp_path / "knowledge"
    broken.mkdir()
    for path in knowledge_dir.glob("*.yaml"):
        (broken / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    with (broken / "organization.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\nnot_a_section: 1\n")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--idle"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, cwd=tmp_path,
        env=env_for(tmp_path, KNOWLEDGE_DIR=str(broken)), timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "organization.yaml:" in result.stderr
