"""Liveness: the running bot keeps a heartbeat file fresh; `csto-bot health` reads it back."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

logger = logging.getLogger("bot.runtime.health")

PlatformStatus = Literal["starting", "running", "failed", "stopped"]

HEARTBEAT_SECONDS = 5.0
MAX_AGE_SECONDS = 30.0
HEALTH_FILE_NAME = "csto-bot-health.json"


def default_health_file() -> Path:
    """csto-bot-health.json in the system temp directory (/tmp when none is usable)."""
    try:
        directory = tempfile.gettempdir()
    except FileNotFoundError:
        # A read-only container without a tmpfs has no usable temp directory: the heartbeat
        # then fails to write (a warning) and `health` says so, rather than start-up crashing.
        directory = "/tmp"  # noqa: S108 - a path to report, never written when unusable
    return Path(directory) / HEALTH_FILE_NAME


def health_file(environment: Mapping[str, str]) -> Path:
    """HEALTH_FILE when set, else the default; read without validating every other setting."""
    configured = environment.get("HEALTH_FILE", "").strip()
    return Path(configured) if configured else default_health_file()


@dataclass
class HealthState:
    """What the process knows about itself: each platform's status and the knowledge version."""

    platforms: dict[str, PlatformStatus] = field(default_factory=dict)
    # A platform serving with a caveat says so here ("commands not synced: rate limited until …").
    notes: dict[str, str] = field(default_factory=dict)
    knowledge_version: str = ""
    idle: bool = False  # `csto-bot run --idle`: deliberately no platform, only heartbeat and reload
    pid: int = field(default_factory=os.getpid)

    def set(self, platform: str, status: PlatformStatus) -> None:
        """Record a platform's status."""
        self.platforms[platform] = status

    def note(self, platform: str, text: str) -> None:
        """Record a caveat about a platform that is serving anyway."""
        self.notes[platform] = text

    @property
    def serving(self) -> bool:
        """True while at least one platform is starting or running (or the process is idle)."""
        return self.idle or any(
            status in ("starting", "running") for status in self.platforms.values()
        )

    def snapshot(self) -> dict[str, Any]:
        """The status as JSON-ready data, stamped with the current time."""
        return {
            "time": time.time(),
            "pid": self.pid,
            "serving": self.serving,
            "idle": self.idle,
            "platforms": dict(self.platforms),
            "notes": dict(self.notes),
            "knowledge_version": self.knowledge_version,
        }


def write_heartbeat(path: Path, state: HealthState) -> None:
    """Write the snapshot atomically, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(state.snapshot()), encoding="utf-8")
    tmp.replace(path)


async def keep_heartbeat(
    path: Path, state: HealthState, stop: asyncio.Event, every: float = HEARTBEAT_SECONDS
) -> None:
    """Rewrite the heartbeat every few seconds until `stop`; remove it on the way out."""
    try:
        while not stop.is_set():
            try:
                write_heartbeat(path, state)
            except OSError as error:
                logger.warning("heartbeat not written", extra={"fields": {"error": str(error)}})
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=every)
    finally:
        # A stopped bot should read as down at once, not 30 seconds later.
        remove_heartbeat(path)


def remove_heartbeat(path: Path) -> None:
    """Delete the heartbeat file if it is there."""
    with contextlib.suppress(OSError):
        path.unlink()


def check_heartbeat(
    path: Path, max_age: float = MAX_AGE_SECONDS, now: float | None = None
) -> tuple[bool, str]:
    """Judge a heartbeat file: (healthy, one-line reason)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        stamp, pid = float(data["time"]), int(data["pid"])
        platforms = dict(data.get("platforms", {}))
        notes = dict(data.get("notes", {}))
    except FileNotFoundError:
        return False, f"no heartbeat at {path}: is csto-bot running?"
    except (OSError, ValueError, KeyError, TypeError) as error:
        return False, f"unreadable heartbeat at {path}: {error}"
    age = (time.time() if now is None else now) - stamp
    if age > max_age:
        return False, f"heartbeat is {age:.0f} s old (limit {max_age:.0f} s)"
    if not _alive(pid):
        return False, f"process {pid} that wrote the heartbeat is gone"
    if not data.get("serving", False):
        return False, f"no platform is serving: {_describe(platforms, notes)}"
    serving = "idle (no platform started)" if data.get("idle") else _describe(platforms, notes)
    return True, f"ok: pid {pid}, {serving}, heartbeat {age:.0f} s old"


def _describe(platforms: dict[str, Any], notes: dict[str, Any]) -> str:
    described = [
        f"{name} {status}" + (f" ({notes[name]})" if name in notes else "")
        for name, status in platforms.items()
    ]
    return ", ".join(described) or "no platforms"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, owned by another user
    return True
