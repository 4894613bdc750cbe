"""Every test keeps the question log in its own temporary directory, never in the user's."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def private_state_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point XDG_STATE_HOME (the question log's default home) at a fresh temporary directory."""
    state: Path = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    monkeypatch.delenv("QUESTION_LOG_PATH", raising=False)
    return state
