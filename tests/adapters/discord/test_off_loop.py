"""The core off the event loop: a slow answer is acknowledged first, and the bot keeps
answering other interactions meanwhile; autocomplete is kept until the knowledge changes."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import yaml

from bot.core.api import Answer, Context, SubjectKind
from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge
from tests.adapters.discord.answers import KNOWLEDGE_DIR
from tests.adapters.discord.payloads import text_of
from tests.adapters.stand_in import EngineStandIn

DEFERRED = 5  # DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE ("thinking…")
# Only so that a bot that blocks its loop on the gate fails instead of hanging the test.
GATE_GUARD_SECONDS = 5.0


class GatedAnswerer(EngineStandIn):
    """The real engine, except that answers and lookups wait until the test opens the gate:
    a core that is slow for as long as the test needs."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self.gate = threading.Event()

    def answer(self, question: str, context: Context | None = None) -> Answer:
        """The engine's answer, once the gate opens."""
        self.gate.wait(GATE_GUARD_SECONDS)
        return self.engine.answer(question, context)

    def describe(self, kind: SubjectKind, query: str, context: Context | None = None) -> Answer:
        """The engine's lookup, once the gate opens."""
        self.gate.wait(GATE_GUARD_SECONDS)
        return self.engine.describe(kind, query, context)


async def test_slow_answers_are_deferred_and_the_loop_keeps_serving(start_bot, answerer):
    """While the core works on a question and a lookup, both are acknowledged ("thinking…"),
    and help and autocomplete are answered; the answers follow when the core is done."""
    gated = GatedAnswerer(answerer)
    async with start_bot(gated) as bot:
        asked = await bot.fake.slash("ask", question="When did Azerbaijan leave the CSTO?")
        looked_up = await bot.fake.slash("summit", which="Yerevan summit, November 2022")
        helped = await bot.fake.slash("help")
        typed = await bot.fake.autocomplete("member", "country", "arm")
        acks = [await bot.fake.wait_for_callback(i) for i in (asked, looked_up, helped, typed)]
        core_was_busy = not gated.gate.is_set()
        gated.gate.set()
        [answer] = await bot.fake.wait_for_followups(asked, 1)
        [summit] = await bot.fake.wait_for_followups(looked_up, 1)
    assert core_was_busy
    assert [ack["type"] for ack in acks] == [DEFERRED, DEFERRED, 4, 8]
    assert "armenia" in acks[3]["data"]["choices"][0]["value"].lower()
    assert "1999" in text_of(answer)
    assert "23 November 2022" in text_of(summit)


async def test_abstention_after_a_defer_is_private(start_bot, answerer):
    """A slow abstention removes the public "thinking…" and answers the asker privately."""
    gated = GatedAnswerer(answerer)
    async with start_bot(gated) as bot:
        asked = await bot.fake.slash("ask", question="What is the best pizza topping?")
        ack = await bot.fake.wait_for_callback(asked)
        gated.gate.set()
        [abstention] = await bot.fake.wait_for_followups(asked, 1)
        deleted = bot.fake.calls_to("DELETE", rf"/webhooks/\d+/{asked['token']}/messages/@original")
    assert ack["type"] == DEFERRED
    assert len(deleted) == 1
    assert abstention["flags"] & 64


def with_ruritania(directory: Path) -> Path:
    """A copy of the shipped knowledge with one more country."""
    shutil.copytree(KNOWLEDGE_DIR, directory)
    sourced = {"sources": ["wikipedia-csto"], "confidence": "high"}
    status = {"value": "member", "text": "Ruritania is a member."} | sourced
    joined = {"event": "joined", "date": "1999-12-31", "text": "Ruritania joined."} | sourced
    country = {"id": "ruritania", "name": "Ruritania", "status": status, "membership": [joined]}
    (directory / "ruritania.yaml").write_text(yaml.safe_dump({"countries": [country]}))
    return directory


async def test_autocomplete_follows_a_knowledge_reload(start_bot, knowledge, tmp_path):
    """Choices are kept per typed text, but a reload (a new version) is seen at once."""
    engine = Engine(knowledge, strict=True)
    async with start_bot(engine) as bot:
        before = await bot.fake.wait_for_callback(
            await bot.fake.autocomplete("member", "country", "Ruritan")
        )
        engine.replace_knowledge(load_knowledge(with_ruritania(tmp_path / "knowledge")))
        after = await bot.fake.wait_for_callback(
            await bot.fake.autocomplete("member", "country", "Ruritan")
        )
    assert engine.knowledge_version != knowledge.version
    assert all("Ruritania" not in c["value"] for c in before["data"]["choices"])
    assert "Ruritania" in after["data"]["choices"][0]["value"]
