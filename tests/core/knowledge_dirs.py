"""Where the test knowledge lives, and how to build a broken copy of it."""

from __future__ import annotations

import shutil
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
MINIMAL = FIXTURES / "minimal"
BROKEN = FIXTURES / "broken"


def overlay(case: Path, target: Path) -> Path:
    """Copy the minimal knowledge into `target`, then lay `case`'s files over it."""
    shutil.copytree(MINIMAL, target, dirs_exist_ok=True)
    shutil.copytree(case, target, dirs_exist_ok=True)
    return target
