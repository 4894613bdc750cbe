"""Live reload on a copy of the real knowledge: watch and SIGHUP; a broken edit changes nothing."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import shutil
import signal
import threading
from functools import partial
from pathlib import Path

import pytest
import yaml

from bot.core.engine import Engine
from bot.core.knowledge.errors import KnowledgeError
from bot.core.knowledge.loader import load_knowledge
from bot.runtime.reload import KnowledgeReloader
from bot.runtime.service import install_signals

KNOWLEDGE = Path(__file__).parents[2] / "knowledge"
NEW_FACT = "Reload test: this fact was added while the bot was running."


@pytest.fixture
def live_dir(tmp_path):
    """A private copy of knowledge/ that a test may edit."""
    if not (KNOWLEDGE / "organization.yaml").exists():
        pytest.skip("knowledge/ has not landed on this branch yet")
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    try:
        load_knowledge(target)
    except KnowledgeError as error:
        if "not built yet" in str(error):
            pytest.skip("the knowledge loader has not landed on this branch yet")
        raise
    return target


def add_fact(directory: Path, text: str = NEW_FACT) -> None:
    """Append a sourced fact to the organization (rewrites organization.yaml)."""
    path = directory / "organization.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    source = yaml.safe_load((directory / "sources.yaml").read_text(encoding="utf-8"))["sources"][0]
    facts = data["organization"].setdefault("facts", [])
    facts.append({"text": text, "sources": [source["id"]], "confidence": "high"})
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def break_file(directory: Path) -> None:
    """Append a fact with no sources: valid YAML, invalid knowledge."""
    path = directory / "organization.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["organization"].setdefault("facts", []).append({"text": "Unsourced claim."})
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def has_new_fact(engine: Engine) -> bool:
    """Whether the engine serves the added fact."""
    return any(fact.text == NEW_FACT for fact in engine.knowledge.organization.facts)


async def wait_until(condition, seconds: float = 10.0) -> bool:
    """Poll `condition` for up to `seconds`; return whether it became true."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return True
        await asyncio.sleep(0.05)
    return condition()


async def test_file_change_is_picked_up_by_the_watcher(live_dir):
    """Saving a YAML file with an added fact makes the running engine serve it within seconds."""
    engine = Engine(load_knowledge(live_dir), strict=True)
    old_version = engine.knowledge_version
    reloader = KnowledgeReloader(live_dir, engine)
    stop = asyncio.Event()
    watcher = asyncio.create_task(reloader.watch(stop))
    await asyncio.sleep(0.3)  # let the watcher start before the edit
    add_fact(live_dir)
    assert await wait_until(lambda: has_new_fact(engine))
    assert engine.knowledge_version != old_version
    answer = engine.answer("What is the CSTO?")
    assert answer.knowledge_version == engine.knowledge_version
    stop.set()
    await asyncio.wait_for(watcher, timeout=10)


async def test_broken_edit_keeps_the_last_good_knowledge(live_dir, caplog):
    """A broken edit is logged with file:line and the old knowledge keeps serving."""
    engine = Engine(load_knowledge(live_dir), strict=True)
    before = engine.knowledge
    reloader = KnowledgeReloader(live_dir, engine)
    stop = asyncio.Event()
    watcher = asyncio.create_task(reloader.watch(stop))
    await asyncio.sleep(0.3)
    caplog.set_level(logging.INFO, logger="bot.runtime.reload")
    break_file(live_dir)
    assert await wait_until(lambda: reloader.failures >= 1)
    assert engine.knowledge is before
    fields = [getattr(record, "fields", {}) for record in caplog.records]
    problems = [str(f["problem"]) for f in fields if "problem" in f]
    assert any(re.match(r"organization\.yaml:\d+", problem) for problem in problems), problems
    # Fixing the file afterwards is picked up: the watcher survived the failure.
    shutil.copy(KNOWLEDGE / "organization.yaml", live_dir / "organization.yaml")
    add_fact(live_dir)
    assert await wait_until(lambda: has_new_fact(engine))
    stop.set()
    await asyncio.wait_for(watcher, timeout=10)


async def test_sighup_reloads(live_dir):
    """SIGHUP reloads the knowledge even with the watcher off."""
    engine = Engine(load_knowledge(live_dir), strict=True)
    reloader = KnowledgeReloader(live_dir, engine)
    stop = asyncio.Event()
    install_signals(stop, on_hup=partial(reloader.reload, "SIGHUP"))
    add_fact(live_dir)
    os.kill(os.getpid(), signal.SIGHUP)
    assert await wait_until(lambda: reloader.reloads == 1)
    assert has_new_fact(engine)
    assert not stop.is_set()


async def test_swap_happens_only_after_the_full_load(live_dir):
    """While a reload is still loading, the engine keeps serving the old knowledge object."""
    engine = Engine(load_knowledge(live_dir), strict=True)
    before = engine.knowledge
    gate = threading.Event()

    def slow_load(directory: Path):
        knowledge = load_knowledge(directory)
        gate.wait(timeout=10)  # hold the finished load back until the test has looked
        return knowledge

    reloader = KnowledgeReloader(live_dir, engine, load=slow_load)
    add_fact(live_dir)
    task = asyncio.create_task(reloader.reload("test"))
    await asyncio.sleep(0.3)
    assert engine.knowledge is before
    assert engine.answer("What is the CSTO?").knowledge_version == before.version
    gate.set()
    assert await asyncio.wait_for(task, timeout=10) is True
    assert has_new_fact(engine)
