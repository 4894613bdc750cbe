"""A real question log on a real SQLite file, and the real engine over the minimal knowledge."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge
from bot.core.knowledge.models import Knowledge
from bot.observability import LoggedAnswerer
from tests.core.knowledge_dirs import MINIMAL
from tests.questionlog.helpers import open_log


@pytest.fixture(scope="session")
def minimal_knowledge() -> Knowledge:
    """The small fixture knowledge, loaded once."""
    return load_knowledge(MINIMAL)


@pytest.fixture
def engine(minimal_knowledge: Knowledge) -> Engine:
    """A fresh engine (fresh conversation memory) per test."""
    return Engine(minimal_knowledge)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Where the test's question log lives."""
    return tmp_path / "state" / "questions.sqlite3"


@pytest.fixture
def logged(db: Path, engine: Engine) -> Iterator[LoggedAnswerer]:
    """The engine behind a LoggedAnswerer with a question log; closed after the test."""
    log = open_log(db, engine)
    yield LoggedAnswerer(engine, questions=log)
    log.close()
