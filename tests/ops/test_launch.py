"""`launch` in process, from a settings mapping alone: exit codes, knowledge, and a clean stop."""

from __future__ import annotations

import json
import logging
import signal
import threading
import time
from pathlib import Path

import pytest

from bot.runtime.launch import EXIT_CONFIG, EXIT_KNOWLEDGE, launch
from tests.core.knowledge_dirs import BROKEN, MINIMAL, overlay


def test_nothing_configured_and_no_terminal_exits_2(capsys, monkeypatch):
    """No platform in the mapping and nobody at a terminal: exit 2, whatever the environment."""
    monkeypatch.setenv("DISCORD_TOKEN", "set.in.the.environment")  # must not be read
    code = launch({"CSTO_BOT_CACHE": ""}, "all", interactive=False)
    assert code == EXIT_CONFIG
    assert "No chat platform is configured" in capsys.readouterr().err


def test_invalid_value_in_the_mapping_exits_2(capsys):
    """A malformed value stops start-up with one line naming the variable."""
    code = launch({"SHARD_COUNT": "zero"}, "all", interactive=False)
    assert code == EXIT_CONFIG
    assert capsys.readouterr().err.startswith("SHARD_COUNT must be a whole number")


def test_broken_knowledge_exits_1_with_the_problem(tmp_path, capsys):
    """KNOWLEDGE_DIR in the mapping is loaded; its problems are printed, then a count."""
    directory = overlay(BROKEN / "yaml-syntax-error", tmp_path / "kb")
    code = launch({"KNOWLEDGE_DIR": str(directory), "CSTO_BOT_CACHE": ""}, "all", idle=True)
    assert code == EXIT_KNOWLEDGE
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("zz-added.yaml:7: YAML syntax error: ")
    assert err[-1].endswith(f"in {directory}")


@pytest.fixture
def restore_logging():
    """launch configures the root logger; put it back for the tests that follow."""
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    yield
    root.handlers[:] = saved[0]
    root.setLevel(saved[1])


@pytest.mark.usefixtures("restore_logging")
def test_idle_serves_a_heartbeat_and_stops_on_sigterm(tmp_path):
    """`run --idle` in process: the heartbeat names the knowledge; SIGTERM ends it with exit 0."""
    directory = overlay(MINIMAL, tmp_path / "kb")
    health = tmp_path / "health.json"
    beats: list[dict[str, object]] = []

    def stop_after_first_beat() -> None:
        deadline = time.monotonic() + 30
        while not health.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        beats.append(json.loads(health.read_text(encoding="utf-8")))
        signal.raise_signal(signal.SIGTERM)  # handled by launch's event loop in this thread

    stopper = threading.Thread(target=stop_after_first_beat)
    stopper.start()
    variables = {
        "KNOWLEDGE_DIR": str(directory),
        "HEALTH_FILE": str(health),
        "KNOWLEDGE_WATCH": "false",
        "CSTO_BOT_CACHE": str(tmp_path / "cache"),
    }
    code = launch(variables, "all", idle=True)
    stopper.join(timeout=5)
    assert code == 0
    assert beats and beats[0]["idle"] is True
    assert str(beats[0]["knowledge_version"]).startswith("kb-")
    assert not health.exists()
    assert list(Path(tmp_path / "cache").glob("engine-*.pickle"))
