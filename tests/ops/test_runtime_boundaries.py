"""The runtime's arrows point one way: settings know no adapter; adapters know only its errors."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_settings_import_no_adapter():
    """Settings describe variables only; adapters' configs are built in the composition root."""
    imports = _imports(ROOT / "bot" / "runtime" / "settings.py")
    assert not {name for name in imports if name.startswith("bot.adapters")}


def test_adapters_import_only_the_runtime_contract():
    """From the runtime, an adapter may import its error types (bot.runtime.errors) and no more."""
    offenders = sorted(
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / "bot" / "adapters").rglob("*.py")
        for name in _imports(path)
        if name.startswith("bot.runtime") and name != "bot.runtime.errors"
    )
    assert offenders == []
