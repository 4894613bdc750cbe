"""The core imports only the standard library, itself and its declared dependencies; adapters
reach it only through bot.core.api; and the core reads no environment."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "bot" / "core"
ADAPTERS = ROOT / "bot" / "adapters"
# The core's declared third-party dependencies (pyproject.toml), by import name.
# pydantic_core ships inside pydantic and carries its ValidationError type.
CORE_DEPENDENCIES = frozenset({"pydantic", "pydantic_core", "rapidfuzz", "yaml", "pycountry"})


def _imports(path: Path) -> list[tuple[int, str]]:
    names: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append((node.lineno, node.module))
    return names


def _allowed_in_core(name: str) -> bool:
    top = name.split(".", maxsplit=1)[0]
    if top == "bot":
        return name == "bot.core" or name.startswith("bot.core.")
    return top in sys.stdlib_module_names or top in CORE_DEPENDENCIES or top == "__future__"


def test_core_imports_only_stdlib_itself_and_declared_dependencies():
    """Every import under bot/core is on the allow-list: stdlib, bot.core, declared deps."""
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {name}"
        for path in CORE.rglob("*.py")
        for line, name in _imports(path)
        if not _allowed_in_core(name)
    ]
    assert offenders == []


def test_allow_list_refuses_a_platform_library():
    """The allow-list itself rejects platform libraries and the rest of the bot."""
    for name in ("discord", "slack_bolt", "aiohttp", "bot.adapters.slack", "bot.runtime.settings"):
        assert not _allowed_in_core(name)


def test_adapters_reach_the_core_only_through_its_api():
    """Adapters import bot.core.api and nothing else from the core."""
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {name}"
        for path in ADAPTERS.rglob("*.py")
        for line, name in _imports(path)
        if name.startswith("bot.core") and name != "bot.core.api"
    ]
    assert offenders == []


def test_core_reads_no_environment():
    """No module under bot/core reads os.environ or calls getenv."""
    offenders = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in {"environ", "getenv"}:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
