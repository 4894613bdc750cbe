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

SHIPPED = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture
def minimal_copy(tmp_path: Path) -> Path:
    """A writable copy of the minimal knowledge."""
    return overlay(MINIMAL, tmp_path / "knowledge")


@pytest.fixture(scope="session")
def shipped_engine() -> Engine:
    """The real engine on the shipped knowledge; strict, so a bug fails the test."""
    return Engine(load_knowledge(SHIPPED), strict=True)


@pytest.fixture(scope="module")
def engine() -> Engine:
    """The real engine on the shipped knowledge, today fixed at 27 November 2026; strict.

    The date keeps answers about "now" from changing with the calendar; one engine per module
    keeps one module's conversations from meeting another's.
    """
    return Engine(load_knowledge(SHIPPED), today=lambda: dt.date(2026, 11, 27), strict=True)


_TALKS = itertools.count()  # each conversation its own key


@pytest.fixture
def talk(shipped_engine: Engine) -> Callable[..., list[Answer]]:
    """Ask questions in order in one new conversation, and give the answers."""

    def asking(*questions: str) -> list[Answer]:
        context = Context(conversation=f"talk-{next(_TALKS)}")
        return [shipped_engine.answer(question, context) for question in questions]

    return asking
