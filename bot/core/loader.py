"""Load knowledge/*.yaml into a validated Knowledge, or raise KnowledgeError with every problem."""

from __future__ import annotations

from pathlib import Path

from bot.core.errors import KnowledgeError, KnowledgeProblem
from bot.core.models import Knowledge


def load_knowledge(directory: str | Path) -> Knowledge:
    """Load and validate a knowledge directory (placeholder until the loader lands)."""
    raise KnowledgeError([KnowledgeProblem(str(directory), None, "", "loader not built yet")])
