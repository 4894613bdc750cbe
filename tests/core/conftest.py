"""Fixtures shared by the core tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.knowledge_dirs import MINIMAL, overlay


@pytest.fixture
def minimal_copy(tmp_path: Path) -> Path:
    """A writable copy of the minimal knowledge."""
    return overlay(MINIMAL, tmp_path / "knowledge")
