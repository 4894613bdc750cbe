"""Every command finds the knowledge alike: --knowledge, else KNOWLEDGE_DIR, else packaged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.knowledge_dirs import BROKEN, overlay

ROOT = Path(__file__).parents[2]

# Each command that loads the knowledge, with the arguments and credentials it needs to get there.
COMMANDS = {
    "ask": (["ask", "who are the members"], {}),
    "chat": (["chat"], {}),
    "check": (["check"], {}),
    "eval": (["eval", str(ROOT / "tests" / "golden" / "members.yaml")], {}),
    "run": (["run", "--idle"], {}),
    "discord": (["discord"], {"DISCORD_TOKEN": "a.b.c"}),
    "slack": (["slack"], {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}),
}


def csto_bot(args: list[str], cwd: Path, **variables: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI from `cwd` with a bare environment plus `variables`."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(cwd),
        "PYTHONPATH": str(ROOT),
        "CSTO_BOT_CACHE": "",
        "HEALTH_FILE": str(cwd / "health.json"),
        **variables,
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, cwd=cwd, env=env,
        timeout=60, check=False,
    )  # fmt: skip


@pytest.fixture(scope="module")
def broken(tmp_path_factory) -> Path:
    """A knowledge directory with a YAML syntax error in zz-added.yaml."""
    return overlay(BROKEN / "yaml-syntax-error", tmp_path_factory.mktemp("broken") / "kb")


@pytest.mark.parametrize("command", COMMANDS)
def test_knowledge_dir_variable_is_honoured(command, broken, tmp_path):
    """KNOWLEDGE_DIR pointing at broken knowledge stops the command with its problem, exit 1."""
    args, credentials = COMMANDS[command]
    result = csto_bot(args, tmp_path, KNOWLEDGE_DIR=str(broken), **credentials)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "zz-added.yaml:7: YAML syntax error" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_knowledge_option_wins_over_the_variable(command, broken, tmp_path):
    """--knowledge DIR is honoured by every command and wins over KNOWLEDGE_DIR."""
    args, credentials = COMMANDS[command]
    elsewhere = str(tmp_path / "not-used")
    result = csto_bot(
        [*args, "--knowledge", str(broken)], tmp_path, KNOWLEDGE_DIR=elsewhere, **credentials
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "zz-added.yaml:7: YAML syntax error" in result.stdout + result.stderr


def test_ask_answers_from_any_directory_with_the_packaged_knowledge(tmp_path):
    """With no option and no variable, `ask` answers from an unrelated directory."""
    result = csto_bot(["ask", "who are the members"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Armenia" in result.stdout
