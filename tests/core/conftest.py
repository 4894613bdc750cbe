"""Fixtures shared by the core tests."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.core.api import Answer, Context
from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge
from tests.core.knowledge_dirs import MINIMAL, overlay


@pytest.fixture
def minimal_copy(tmp_path: Path) -> Path:
    """A writable copy of the minimal knowledge."""
    return overlay(MINIMAL, tmp_path / "knowledge")


SHIPPED = Path(__file__).resolve().parents[2] / "knowledge"
_TALKS = itertools.count()  # each conversation its own key


@pytest.fixture(scope="module")
def shipped_engine() -> Engine:
    """An engine on the shipped knowledge, its today fixed, failing loudly (one per module)."""
    return Engine(load_knowledge(SHIPPED), today=lambda: dt.date(2026, 11, 27), strict=True)


@pytest.fixture
def talk(shipped_engine: Engine) -> Callable[..., list[Answer]]:
    """Ask questions in order in one conversation (named by the first), and give the answers."""

    def asking(*questions: str) -> list[Answer]:
        context = Context(conversation=f"talk-{next(_TALKS)}")
        return [shipped_engine.answer(question, context) for question in questions]

    return asking
