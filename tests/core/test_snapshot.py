"""The engine snapshot cache: fresh when the knowledge changes, harmless when broken."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.core.knowledge.errors import KnowledgeError
from bot.runtime import snapshot
from bot.runtime.snapshot import fingerprint, load_engine

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    return Path(shutil.copytree(KNOWLEDGE, tmp_path / "knowledge"))


def test_second_load_reads_the_snapshot(knowledge, tmp_path):
    """A cache hit returns an engine that answers like the first."""
    cache = tmp_path / "cache"
    first = load_engine(knowledge, cache)
    assert list(cache.glob("engine-*.pickle"))
    second = load_engine(knowledge, cache)
    question = "when did azerbaijan leave the csto"
    assert second.answer(question).text == first.answer(question).text


def test_edited_knowledge_is_never_served_stale(knowledge, tmp_path):
    """Changing a knowledge file changes the key, so the edit is seen."""
    cache = tmp_path / "cache"
    before = load_engine(knowledge, cache).knowledge_version
    members = knowledge / "members.yaml"
    members.write_text(members.read_text().replace("Sakartvelo", "Sakartvelo Republic"))
    after = load_engine(knowledge, cache)
    assert after.knowledge_version != before
    assert "georgia" in after.answer("is sakartvelo republic a member?").entities


def test_corrupt_snapshot_is_rebuilt(knowledge, tmp_path):
    """A damaged cache file is ignored and replaced."""
    cache = tmp_path / "cache"
    load_engine(knowledge, cache)
    (snapshot,) = cache.glob("engine-*.pickle")
    snapshot.write_bytes(b"not a pickle")
    assert load_engine(knowledge, cache).answer("who are the members").answered


def test_broken_knowledge_still_raises(knowledge, tmp_path):
    """The cache never hides a broken knowledge file."""
    (knowledge / "members.yaml").write_text("countries: [")
    with pytest.raises(KnowledgeError):
        load_engine(knowledge, tmp_path / "cache")


def test_fingerprint_changes_with_content(knowledge):
    """The key depends on file contents."""
    key = fingerprint(knowledge)
    (knowledge / "sources.yaml").write_text((knowledge / "sources.yaml").read_text() + "\n")
    assert fingerprint(knowledge) != key


def test_fingerprint_covers_the_core_source():
    """The key hashes the core package's own files, so a new release never reads old snapshots."""
    assert (snapshot._CORE / "engine.py").is_file()


def test_fingerprint_changes_with_the_engines_word_lists(knowledge, tmp_path, monkeypatch):
    """Editing the lexicon or intent table (YAML beside the code) changes the key."""
    core = Path(shutil.copytree(snapshot._CORE, tmp_path / "core"))
    monkeypatch.setattr(snapshot, "_CORE", core)
    key = fingerprint(knowledge)
    lexicon = core / "language" / "lexicon.yaml"
    lexicon.write_text(lexicon.read_text() + "\n# an editor's note\n")
    assert fingerprint(knowledge) != key
