"""The core off the event loop: a slow answer is acknowledged first, and the bot keeps
answering other interactions meanwhile; autocomplete is kept until the knowledge changes."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
import yaml

from bot.core.api import Answer, Completion, Context, SubjectKind
from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge
from tests.adapters.discord.answers import KNOWLEDGE_DIR
from tests.adapters.discord.fake_discord import BOT_ID, CHANNEL_ID
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
        self.entered = threading.Event()  # a call is inside the core, waiting at the gate
        # True if a call gave up waiting: the test could not open the gate (its loop was stuck).
        self.gave_up = False

    def _wait(self) -> None:
        self.entered.set()
        if not self.gate.wait(GATE_GUARD_SECONDS):
            self.gave_up = True

    def answer(self, question: str, context: Context | None = None) -> Answer:
        """The engine's answer, once the gate opens."""
        self._wait()
        return self.engine.answer(question, context)

    def describe(self, kind: SubjectKind, query: str, context: Context | None = None) -> Answer:
        """The engine's lookup, once the gate opens."""
        self._wait()
        return self.engine.describe(kind, query, context)


SLOW = {
    "question": ("ask", {"question": "When did Azerbaijan leave the CSTO?"}, "1999"),
    "lookup": ("summit", {"which": "Yerevan summit, November 2022"}, "23 November 2022"),
}


@pytest.mark.parametrize(("command", "options", "expected"), SLOW.values(), ids=SLOW.keys())
async def test_a_slow_answer_is_deferred_and_the_loop_keeps_serving(
    start_bot, answerer, command, options, expected
):
    """While the core works on a question (or a /csto summit lookup), it is acknowledged
    ("thinking…"), and help and autocomplete are answered meanwhile; the answer follows."""
    gated = GatedAnswerer(answerer)
    async with start_bot(gated, defer_after_seconds=0.5) as bot:
        asked = await bot.fake.slash(command, **options)
        helped = await bot.fake.slash("help")
        typed = await bot.fake.autocomplete("member", "country", "arm")
        acks = [await bot.fake.wait_for_callback(i) for i in (asked, helped, typed)]
        core_was_busy = gated.entered.is_set() and not gated.gate.is_set()
        gated.gate.set()
        [answer] = await bot.fake.wait_for_followups(asked, 1)
    assert core_was_busy and not gated.gave_up
    assert [ack["type"] for ack in acks] == [DEFERRED, 4, 8]
    assert "armenia" in acks[2]["data"]["choices"][0]["value"].lower()
    assert expected in text_of(answer)


async def test_abstention_after_a_defer_is_private(start_bot, answerer):
    """A slow abstention removes the public "thinking…" and answers the asker privately."""
    gated = GatedAnswerer(answerer)
    async with start_bot(gated, defer_after_seconds=0.5) as bot:
        asked = await bot.fake.slash("ask", question="What is the best pizza topping?")
        ack = await bot.fake.wait_for_callback(asked)
        gated.gate.set()
        [abstention] = await bot.fake.wait_for_followups(asked, 1)
        deleted = bot.fake.calls_to("DELETE", rf"/webhooks/\d+/{asked['token']}/messages/@original")
    assert ack["type"] == DEFERRED and not gated.gave_up
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


async def test_a_mention_waits_for_the_core_off_the_loop(start_bot, answerer):
    """While the core works on a mention, a slash command from someone else is answered."""
    gated = GatedAnswerer(answerer)
    async with start_bot(gated, defer_after_seconds=0.5) as bot:
        await bot.fake.send_message(f"<@{BOT_ID}> When did Azerbaijan leave?", mentions=(BOT_ID,))
        helped = await bot.fake.wait_for_callback(await bot.fake.slash("help"))
        core_was_busy = gated.entered.is_set() and not gated.gate.is_set()
        gated.gate.set()
        [reply] = await bot.fake.wait_for_messages(CHANNEL_ID)
    assert core_was_busy and not gated.gave_up
    assert helped["type"] == 4
    assert "1999" in text_of(reply)


class CountingCompletions(EngineStandIn):
    """The real engine, counting the completions asked of it."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self.completions: list[tuple[str, SubjectKind | None]] = []

    def complete(
        self, text: str, kind: SubjectKind | None = None, limit: int = 25
    ) -> list[Completion]:
        """Count, then the engine's completions."""
        self.completions.append((text, kind))
        return self.engine.complete(text, kind, limit)


async def test_repeated_keystrokes_are_completed_once(start_bot, answerer):
    """The same text typed again (or by someone else) is served from the kept choices;
    the empty field of each command was prepared at start-up."""
    counting = CountingCompletions(answerer)
    async with start_bot(counting, defer_after_seconds=0.5) as bot:
        prepared = list(counting.completions)
        callbacks = []
        for user in (1, 2, 1):
            typed = await bot.fake.autocomplete("member", "country", "arm", user_id=user)
            callbacks.append(await bot.fake.wait_for_callback(typed))
        empty = await bot.fake.wait_for_callback(await bot.fake.autocomplete("ask", "question", ""))
    assert ("", None) in prepared and ("", "country") in prepared
    assert counting.completions.count(("arm", "country")) == 1
    assert callbacks[0]["data"] == callbacks[1]["data"] == callbacks[2]["data"]
    assert len(counting.completions) == len(prepared) + 1
    assert empty["data"]["choices"]
