"""Whatever the files hold, the loader loads them or raises KnowledgeError, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from bot.core.knowledge import models
from bot.core.knowledge.errors import KnowledgeError, KnowledgeProblem
from bot.core.knowledge.loader import SECTIONS, load_knowledge
from bot.core.knowledge.models import Knowledge
from tests.core.knowledge_dirs import MINIMAL, overlay

FIELD_NAMES = sorted(
    {
        name
        for cls in vars(models).values()
        if isinstance(cls, type) and issubclass(cls, BaseModel)
        for name in cls.model_fields
    }
)
WORDS = [
    "armenia",
    "belarus",
    "csto",
    "secretariat",
    "yerevan-2016",
    "stanislav-zas",
    "tass-2016-10-14",
    "seed-article-2016",
    "high",
    "low",
    "regular",
    "member",
    "joined",
    "2016",
    "2016-10",
    "2016-10-14",
    "2012-02-30",
    "2016-13",
    "CSTO",
    "",
]
MINIMAL_FILES = sorted(path.name for path in MINIMAL.glob("*.yaml"))

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-10, max_value=10_000),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(),
    st.sampled_from(WORDS),
    st.text(max_size=12),
)
keys = st.one_of(st.sampled_from(FIELD_NAMES), st.text(min_size=1, max_size=8))
shapes = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=6)),
    max_leaves=25,
)
documents = st.dictionaries(
    st.one_of(st.sampled_from(sorted(SECTIONS)), st.text(min_size=1, max_size=8)),
    st.one_of(st.lists(shapes, max_size=3), shapes),
    max_size=4,
)
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the minimal knowledge per module; each example restores what it changes."""
    return overlay(MINIMAL, tmp_path_factory.mktemp("kb"))


def load_with(directory: Path, name: str, data: bytes) -> Knowledge | list[KnowledgeProblem]:
    """Load `directory` with file `name` holding `data`; only KnowledgeError is caught."""
    path = directory / name
    original = path.read_bytes() if path.exists() else None
    path.write_bytes(data)
    try:
        return load_knowledge(directory)
    except KnowledgeError as error:
        return error.problems
    finally:
        if original is None:
            path.unlink()
        else:
            path.write_bytes(original)


def assert_well_formed(outcome: Knowledge | list[KnowledgeProblem]) -> None:
    """A load yields Knowledge, or a non-empty list of located, printable problems."""
    if isinstance(outcome, Knowledge):
        return
    assert outcome
    for problem in outcome:
        assert isinstance(problem, KnowledgeProblem)
        assert problem.line is None or problem.line >= 1
        assert str(problem)


@FAST
@given(st.text(max_size=300))
def test_random_text_never_crashes(workdir, text):
    """Arbitrary text as a knowledge file loads or raises KnowledgeError."""
    assert_well_formed(load_with(workdir, "zz-random.yaml", text.encode("utf-8", "surrogatepass")))


@FAST
@given(st.binary(max_size=200))
def test_random_bytes_never_crash(workdir, data):
    """Arbitrary bytes, often not UTF-8, load or raise KnowledgeError."""
    assert_well_formed(load_with(workdir, "zz-random.yaml", data))


@FAST
@given(documents)
def test_valid_yaml_of_random_shapes_never_crashes(workdir, document):
    """Well-formed YAML with knowledge-like keys and random values loads or fails cleanly."""
    text = yaml.safe_dump(document, allow_unicode=True)
    assert_well_formed(load_with(workdir, "zz-shapes.yaml", text.encode()))


@st.composite
def mutated_minimal_file(draw: st.DrawFn) -> tuple[str, bytes]:
    """A minimal fixture file with some lines deleted, repeated, swapped, indented or garbled."""
    name = draw(st.sampled_from(MINIMAL_FILES))
    lines = (MINIMAL / name).read_bytes().splitlines(keepends=True)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        if not lines:
            break
        index = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "swap", "bytes", "indent"]))
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "swap":
            other = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif action == "indent":
            lines[index] = b"  " + lines[index]
        else:
            line = bytearray(lines[index])
            position = draw(st.integers(min_value=0, max_value=len(line)))
            line[position : position + draw(st.integers(0, 3))] = draw(st.binary(max_size=3))
            lines[index] = bytes(line)
    return name, b"".join(lines)


@FAST
@given(mutated_minimal_file())
def test_mangled_minimal_fixture_never_crashes(workdir, mutation):
    """The minimal fixture with random lines or bytes mangled loads or raises KnowledgeError."""
    name, data = mutation
    assert_well_formed(load_with(workdir, name, data))
