"""Heartbeat file: fresh, stale, missing and dead-process cases, and `csto-bot health`."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time

from bot.runtime.health import HealthState, check_heartbeat, keep_heartbeat, write_heartbeat


def health_cli(path, *extra):
    """Run `csto-bot health --file path` and return the completed process."""
    return subprocess.run(
        [sys.executable, "-m", "bot", "health", "--file", str(path), *extra],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def serving_state():
    """A state with one running platform."""
    state = HealthState(knowledge_version="v1")
    state.set("slack-http", "running")
    return state


def test_fresh_heartbeat_is_healthy(tmp_path):
    """A just-written heartbeat from a live process exits 0."""
    path = tmp_path / "health.json"
    write_heartbeat(path, serving_state())
    result = health_cli(path)
    assert result.returncode == 0, result.stderr
    assert "slack-http running" in result.stdout


def test_stale_heartbeat_is_unhealthy(tmp_path):
    """A heartbeat older than the limit exits 1 with one line."""
    path = tmp_path / "health.json"
    data = serving_state().snapshot() | {"time": time.time() - 120}
    path.write_text(json.dumps(data), encoding="utf-8")
    result = health_cli(path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "old" in result.stderr


def test_missing_heartbeat_is_unhealthy(tmp_path):
    """No heartbeat file exits 1 and says so."""
    result = health_cli(tmp_path / "absent.json")
    assert result.returncode == 1
    assert "no heartbeat" in result.stderr


def test_dead_writer_is_unhealthy(tmp_path):
    """A fresh file whose process has exited is unhealthy."""
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    state = serving_state()
    state.pid = int(child.stdout)
    path = tmp_path / "health.json"
    write_heartbeat(path, state)
    healthy, reason = check_heartbeat(path)
    assert not healthy
    assert "gone" in reason


def test_no_platform_serving_is_unhealthy(tmp_path):
    """When every platform has failed the heartbeat says so and health fails."""
    state = HealthState()
    state.set("discord", "failed")
    path = tmp_path / "health.json"
    write_heartbeat(path, state)
    healthy, reason = check_heartbeat(path)
    assert not healthy
    assert "discord failed" in reason


def test_garbled_heartbeat_is_unhealthy(tmp_path):
    """A file that is not a heartbeat is reported, not a crash."""
    path = tmp_path / "health.json"
    path.write_text("{not json", encoding="utf-8")
    assert check_heartbeat(path)[0] is False


async def test_heartbeat_task_writes_then_removes_on_stop(tmp_path):
    """The heartbeat task keeps the file and deletes it when the bot stops."""
    path = tmp_path / "health.json"
    stop = asyncio.Event()
    task = asyncio.create_task(keep_heartbeat(path, serving_state(), stop, every=0.05))
    for _ in range(200):
        if path.exists():
            break
        await asyncio.sleep(0.01)
    assert json.loads(path.read_text())["pid"] == os.getpid()
    stop.set()
    await asyncio.wait_for(task, timeout=5)
    assert not path.exists()
