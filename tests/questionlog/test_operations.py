"""Operations: `csto-bot health` reports the log, and the settings that configure it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.api import Answer
from bot.questionlog.config import default_path, log_options
from bot.questionlog.log import LogOptions, QuestionLog
from bot.runtime.health import HealthState, write_heartbeat
from bot.runtime.platforms import slack_config
from bot.runtime.settings import Settings, SettingsError
from tests.questionlog.helpers import FAST, rows

ROOT = Path(__file__).resolve().parents[2]
PLAIN = Answer(question="q", answered=False, text="t", confidence=0.0, intent="abstain")


def health(tmp_path: Path, db: Path) -> subprocess.CompletedProcess[str]:
    """Run `csto-bot health` against a fresh heartbeat, with the log at `db`."""
    state = HealthState(knowledge_version="v1")
    state.set("discord", "running")
    write_heartbeat(tmp_path / "health.json", state)
    return subprocess.run(
        [sys.executable, "-m", "bot", "health", "--file", str(tmp_path / "health.json"),
         "--env-file", str(tmp_path / "absent.env")],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
        env=os.environ | {"QUESTION_LOG_PATH": str(db)},
    )  # fmt: skip


def test_health_reports_the_question_log(tmp_path: Path, db: Path):
    """A healthy bot's health check adds one line with the log's row counts."""
    log = QuestionLog(LogOptions(db, limits=FAST), None)
    for number in range(3):
        log.record(f"question {number}", None, PLAIN)
    log.close()
    result = health(tmp_path, db)
    assert result.returncode == 0, result.stderr
    assert "question log: ok, 3 questions, 0 feedback" in result.stdout


def test_health_reports_a_corrupt_log_but_stays_healthy(tmp_path: Path, db: Path):
    """A corrupt log is named in the health output; the bot itself is still healthy."""
    db.parent.mkdir(parents=True)
    db.write_bytes(b"not sqlite at all" * 50)
    result = health(tmp_path, db)
    assert result.returncode == 0, result.stderr
    assert "question log: unreadable" in result.stdout


def test_log_settings_default_on_in_the_state_directory():
    """By default the log is on, under XDG_STATE_HOME, kept 90 days, capped at 100 MB."""
    options = log_options(Settings.from_mapping({}))
    assert options is not None
    assert options.path == default_path(os.environ)
    assert options.limits.retention_days == 90
    assert options.limits.max_bytes == 100 * 1024 * 1024
    assert not options.include_user_ids
    assert default_path({}).parts[-3:] == ("state", "csto-bot", "questions.sqlite3")


def test_log_settings_can_turn_it_off_and_opt_into_user_ids():
    """QUESTION_LOG=false turns it off; LOG_USER_IDS=true is the user-id opt-in."""
    assert log_options(Settings.from_mapping({"QUESTION_LOG": "false"})) is None
    options = log_options(
        Settings.from_mapping({"LOG_USER_IDS": "true", "QUESTION_LOG_PATH": "/data/q.db"})
    )
    assert options is not None
    assert options.include_user_ids
    assert options.path == Path("/data/q.db")


def test_slack_admin_ids_are_parsed_and_checked():
    """SLACK_ADMIN_USER_IDS is a comma-separated list; anything else is one clear problem."""
    settings = Settings.from_mapping({"SLACK_ADMIN_USER_IDS": "U012AB3CD, U045EF6GH"})
    assert settings.slack_admin_user_ids == ("U012AB3CD", "U045EF6GH")
    tokens = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}
    with_admin = Settings.from_mapping(tokens | {"SLACK_ADMIN_USER_IDS": "U012AB3CD"})
    slack = slack_config(with_admin, socket_mode=True)
    assert slack.admin_user_ids == frozenset({"U012AB3CD"})
    with pytest.raises(SettingsError) as error:
        Settings.from_mapping({"SLACK_ADMIN_USER_IDS": "<@U012>"})
    assert error.value.problems[0].startswith("SLACK_ADMIN_USER_IDS")
    with pytest.raises(SettingsError):
        Settings.from_mapping({"QUESTION_LOG_RETENTION_DAYS": "0"})


def test_chat_command_logs_questions_and_feedback(tmp_path: Path, db: Path):
    """`csto-bot chat` writes each question, and a `/bad` after it, to QUESTION_LOG_PATH."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--knowledge", "tests/core/fixtures/minimal"],
        input="When did Azerbaijan leave the CSTO?\n/bad too short\n",
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
        env=os.environ | {"QUESTION_LOG_PATH": str(db)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [row] = rows(db)
    assert row["platform"] == "terminal"
    assert row["outcome"] == "answered"
    [vote] = rows(db, "SELECT * FROM feedback")
    assert (vote["answer_id"], vote["helpful"], vote["comment"]) == (row["id"], 0, "too short")
