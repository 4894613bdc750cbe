"""Read one of the engine's own YAML data files, checked like the knowledge: file:line: field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from bot.core.knowledge.errors import KnowledgeError, KnowledgeProblem
from bot.core.knowledge.explain import explain
from bot.core.knowledge.located import Doc
from bot.core.knowledge.yamldoc import parse_yaml

Model = TypeVar("Model", bound=BaseModel)


class DataModel(BaseModel):
    """Base for the engine's data files: immutable, and unknown keys are errors."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


@dataclass(frozen=True, slots=True)
class Loaded(Generic[Model]):
    """A validated data file and where each of its values stands (for later cross-checks)."""

    model: Model
    doc: Doc


def read_data(source: Path, model: type[Model]) -> Loaded[Model]:
    """Parse and validate one file; raise KnowledgeError listing every problem, located."""
    name = source.name
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeError(
            [KnowledgeProblem(name, None, "", f"cannot be read: {error}")]
        ) from error
    parsed = parse_yaml(text)
    doc = Doc(name, parsed.data, parsed.lines)
    problems = [
        KnowledgeProblem(name, issue.line, doc.describe(issue.path), issue.message)
        for issue in parsed.issues
    ]
    if problems:
        raise KnowledgeError(problems)
    try:
        return Loaded(model.model_validate(parsed.data), doc)
    except ValidationError as error:
        for detail in error.errors(include_url=False):
            found = explain(detail, model)
            problems.append(doc.problem(found.field, found.message, found.line_path))
        raise KnowledgeError(problems) from None
