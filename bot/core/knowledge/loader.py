"""Load knowledge/*.yaml into a validated Knowledge, or raise KnowledgeError with every problem."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from bot.core.knowledge.checks import Item, check_items
from bot.core.knowledge.errors import KnowledgeError, KnowledgeProblem
from bot.core.knowledge.explain import explain
from bot.core.knowledge.located import Doc
from bot.core.knowledge.models import SUBJECTS, Knowledge, Source
from bot.core.knowledge.suggest import did_you_mean
from bot.core.knowledge.yamldoc import Path as DataPath
from bot.core.knowledge.yamldoc import parse_yaml

# Top-level keys a knowledge file may hold, and the model of each entry. Every key but
# `organization` holds a list, and the same key in several files is one list, in file order.
SECTIONS: dict[str, type[BaseModel]] = {**SUBJECTS, "sources": Source}


@dataclass(slots=True)
class _Run:
    """What one load has gathered so far."""

    items: list[Item] = field(default_factory=list)
    ids: dict[str, set[str]] = field(default_factory=dict)
    problems: list[KnowledgeProblem] = field(default_factory=list)


def load_knowledge(directory: str | Path) -> Knowledge:
    """Load and validate a knowledge directory; raise KnowledgeError listing every problem."""
    directory = Path(directory)
    files = _knowledge_files(directory)
    run = _Run()
    digest = hashlib.sha256()
    unloaded: list[str] = []  # files whose ids are all missing: they could not be read or parsed
    for path in files:
        raw = _read(path, run)
        doc = None if raw is None else _parse(path.name, raw, run)
        if raw is None or doc is None:
            unloaded.append(path.name)
            continue
        digest.update(f"{path.name}\0{len(raw)}\0".encode())
        digest.update(raw)
        _validate_sections(doc, run)
    if not unloaded:
        run.problems += _organization_count(run.items, str(directory))
    cross, follow_ons = _split_follow_ons(check_items(run.items, run.ids), unloaded)
    run.problems += cross
    if run.problems:
        dir_name = str(directory)
        # Root causes first: the files that did not load, then the directory, then the rest.
        run.problems.sort(
            key=lambda p: (p.file not in unloaded, p.file != dir_name, p.file, p.line or 0)
        )
        raise KnowledgeError(run.problems + follow_ons)
    return _assemble(run.items, "kb-" + digest.hexdigest()[:10])


def _split_follow_ons(
    problems: list[KnowledgeProblem], unloaded: list[str]
) -> tuple[list[KnowledgeProblem], list[KnowledgeProblem]]:
    """With a file that did not load, its ids are missing: one line stands for every dangling id."""
    if not unloaded:
        return problems, []
    kept = [problem for problem in problems if not problem.message.startswith("unknown ")]
    dangling = len(problems) - len(kept)
    if not dangling:
        return kept, []
    message = (
        f"and {dangling} reference{'s' if dangling != 1 else ''} to unknown ids, not listed:"
        f" {', '.join(unloaded)} did not load, so the ids defined there are missing; fix it first"
    )
    return kept, [KnowledgeProblem(unloaded[0], None, "", message)]


def _knowledge_files(directory: Path) -> list[Path]:
    """The directory's *.yaml files in name order; a missing directory is the only problem."""

    def fail(message: str) -> KnowledgeError:
        return KnowledgeError([KnowledgeProblem(str(directory), None, "", message)])

    if not directory.exists():
        raise fail("no such directory")
    if not directory.is_dir():
        raise fail("is not a directory")
    try:
        names = sorted(entry for entry in directory.iterdir() if not entry.name.startswith("."))
    except OSError as error:
        raise fail(f"cannot be listed: {error.strerror or error}") from error
    return [entry for entry in names if entry.suffix in {".yaml", ".yml"}]


def _read(path: Path, run: _Run) -> bytes | None:
    """The file's bytes, or None after recording why it cannot be read."""
    if path.suffix == ".yml":
        run.problems.append(
            KnowledgeProblem(path.name, None, "", "knowledge files end in .yaml; rename this one")
        )
        return None
    try:
        return path.read_bytes()
    except OSError as error:
        message = f"cannot be read: {error.strerror or error}"
        run.problems.append(KnowledgeProblem(path.name, None, "", message))
        return None


def _parse(name: str, raw: bytes, run: _Run) -> Doc | None:
    """Parse one file; a file that is not a YAML mapping is reported and yields None."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        run.problems.append(KnowledgeProblem(name, line, "", "is not UTF-8 text"))
        return None
    parsed = parse_yaml(text)
    doc = Doc(name, parsed.data, parsed.lines)
    run.problems += [
        KnowledgeProblem(name, issue.line, doc.describe(issue.path), issue.message)
        for issue in parsed.issues
    ]
    if parsed.issues and parsed.data is None:
        return None
    if parsed.data is None:
        run.problems.append(KnowledgeProblem(name, None, "", "is empty"))
        return None
    if not isinstance(parsed.data, dict):
        message = "the top level must be a mapping with keys such as countries: or summits:"
        message += f", not {_shape(parsed.data)}"
        run.problems.append(KnowledgeProblem(name, 1, "", message))
        return None
    return doc


def _validate_sections(doc: Doc, run: _Run) -> None:
    """Validate each entry of each top-level key of one file, recording items and problems."""
    assert isinstance(doc.data, dict)  # _parse returns only mapping documents
    for key, value in doc.data.items():
        if key not in SECTIONS:
            hint = did_you_mean(key, SECTIONS)
            run.problems.append(doc.problem((key,), f"unknown top-level key '{key}'{hint}"))
        elif key == "organization":
            _validate_entry(doc, key, (key,), value, run)
        elif not isinstance(value, list):
            message = f"should be a list of entries ('- ' lines), not {_shape(value)}"
            run.problems.append(doc.problem((key,), message))
        else:
            for index, entry in enumerate(value):
                _validate_entry(doc, key, (key, index), entry, run)


def _validate_entry(doc: Doc, kind: str, path: DataPath, entry: object, run: _Run) -> None:
    """Validate one entry against its model; remember its id even when it fails."""
    if isinstance(entry, dict) and isinstance(entry.get("id"), str):
        run.ids.setdefault(kind, set()).add(entry["id"])
    model = SECTIONS[kind]
    try:
        run.items.append(Item(kind, model.model_validate(entry), doc, path))
    except ValidationError as error:
        for detail in error.errors(include_url=False):
            found = explain(detail, model)
            run.problems.append(
                doc.problem((*path, *found.field), found.message, (*path, *found.line_path))
            )


def _organization_count(items: Iterable[Item], directory: str) -> list[KnowledgeProblem]:
    """Exactly one organization across all files."""
    organizations = [item for item in items if item.kind == "organization"]
    if not organizations:
        message = "no organization: one file needs a top-level 'organization:' mapping"
        return [KnowledgeProblem(directory, None, "", message)]
    first = organizations[0]
    where = f"{first.doc.name}:{first.doc.line(first.path)}"
    return [
        item.doc.problem(item.path, f"a second organization (the first is at {where})")
        for item in organizations[1:]
    ]


def _assemble(items: list[Item], version: str) -> Knowledge:
    """Build the immutable Knowledge from validated entries, in file order."""
    by_kind: dict[str, list[BaseModel]] = {kind: [] for kind in SECTIONS}
    for item in items:
        by_kind[item.kind].append(item.model)
    return Knowledge.model_validate(
        {
            "organization": by_kind["organization"][0],
            **{kind: tuple(models) for kind, models in by_kind.items() if kind != "organization"},
            "version": version,
        }
    )


def _shape(value: object) -> str:
    """'nothing', 'a list', 'a mapping' or 'a single value': what stands where it should not."""
    if value is None:
        return "nothing"
    if isinstance(value, list):
        return "a list"
    return "a mapping" if isinstance(value, dict) else "a single value"
