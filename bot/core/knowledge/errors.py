"""Errors the core raises. User input never raises; these are for broken knowledge and bugs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class KnowledgeProblem:
    """One thing wrong in the knowledge files, located for an editor."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class KnowledgeError(Exception):
    """Raised by the loader when knowledge/ cannot be loaded; carries every problem found."""

    def __init__(self, problems: list[KnowledgeProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))
