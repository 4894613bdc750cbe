"""Where a value stands in a knowledge file, said the way an editor reads it."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.knowledge.errors import KnowledgeProblem
from bot.core.knowledge.yamldoc import Path


@dataclass(frozen=True, slots=True)
class Doc:
    """One parsed knowledge file: its name, its plain data and the line of each path."""

    name: str
    data: object
    lines: dict[Path, int]

    def line(self, path: Path) -> int | None:
        """The line of `path`, or of its nearest ancestor that has one (a missing field)."""
        while path not in self.lines:
            if not path:
                return None
            path = path[:-1]
        return self.lines[path]

    def describe(self, path: Path) -> str:
        """Render a path as 'summits[4] (yerevan-2016) > decisions[0] > sources'."""
        text = ""
        for depth, part in enumerate(path):
            if isinstance(part, int):
                text += f"[{part}]"
                if depth == 1:
                    text += self._id_note(path[:2])
            else:
                text += f" > {part}" if text else part
        return text

    def problem(self, path: Path, message: str, line_path: Path | None = None) -> KnowledgeProblem:
        """A problem at `path`; its line is that of `line_path` when the two differ."""
        line = self.line(path if line_path is None else line_path)
        return KnowledgeProblem(self.name, line, self.describe(path), message)

    def _id_note(self, item_path: Path) -> str:
        """' (armenia)' after a top-level item that has a readable id."""
        key, index = item_path
        section = self.data.get(key) if isinstance(self.data, dict) else None
        if isinstance(section, list) and isinstance(index, int) and index < len(section):
            item = section[index]
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                return f" ({item['id']})"
        return ""
