"""`csto-bot run` as a subprocess: no credentials and no terminal exits 2 with what to set."""

from __future__ import annotations

import os
import subprocess
import sys


def bare_env(**extra: str) -> dict[str, str]:
    """An environment with only PATH and HOME (plus `extra`)."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/"),
        "XDG_STATE_HOME": os.environ["XDG_STATE_HOME"],  # the question log's (tests/conftest.py)
        **extra,
    }


def csto_bot(*args: str, cwd, env) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a subprocess with no terminal on stdin."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env | {"PYTHONPATH": os.getcwd()},
        timeout=60,
        check=False,
    )


def test_run_without_credentials_or_terminal_exits_2(tmp_path):
    """No platform credentials and no TTY: exit 2 and list the variables to set."""
    result = csto_bot("run", cwd=tmp_path, env=bare_env())
    assert result.returncode == 2
    for variable in ("DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        assert variable in result.stderr
    assert result.stderr.count("\n") == 1


def test_invalid_setting_exits_2_with_one_line(tmp_path):
    """A malformed value stops start-up with one line naming the variable."""
    result = csto_bot(
        "run", cwd=tmp_path, env=bare_env(DISCORD_GUILD_ID="abc", DISCORD_TOKEN="t.t.t")
    )
    assert result.returncode == 2
    assert result.stderr == "DISCORD_GUILD_ID must be a Discord server id (digits), got 'abc'\n"


def test_platform_command_checks_only_its_own_values(tmp_path):
    """`csto-bot slack --http` reports the Slack values it lacks, and nothing about Discord."""
    result = csto_bot("slack", "--http", cwd=tmp_path, env=bare_env(SLACK_BOT_TOKEN="xoxb-1-2"))
    assert result.returncode == 2
    assert "SLACK_SIGNING_SECRET is not set" in result.stderr
    assert "DISCORD" not in result.stderr


def test_env_file_is_read(tmp_path):
    """Values in the .env file of the working directory count like environment variables."""
    (tmp_path / ".env").write_text("SHARD_COUNT=zero\n", encoding="utf-8")
    result = csto_bot("run", cwd=tmp_path, env=bare_env())
    assert result.returncode == 2
    assert result.stderr.startswith("SHARD_COUNT must be a whole number")
