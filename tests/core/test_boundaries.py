"""The core imports no platform library, no adapter, and reads no environment."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "bot" / "core"
FORBIDDEN = ("discord", "slack_bolt", "slack_sdk", "aiohttp", "bot.adapters", "bot.cli",
             "bot.entrypoints", "bot.settings", "dotenv", "pydantic_settings")  # fmt: skip


def _imports(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_core_imports_no_platform_or_adapter():
    """No module under bot/core imports a platform library, an adapter or the CLI."""
    offenders = [
        f"{path.name}: {name}"
        for path in CORE.rglob("*.py")
        for name in _imports(ast.parse(path.read_text(encoding="utf-8")))
        if name.startswith(FORBIDDEN)
    ]
    assert offenders == []


def test_core_reads_no_environment():
    """No module under bot/core reads os.environ or calls getenv."""
    offenders = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in {"environ", "getenv"}:
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
