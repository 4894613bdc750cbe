"""Load over real HTTP: long questions are capped, and the core runs off the event loop."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
import time

from bot.adapters.slack.app import WORKING
from bot.adapters.slack.boundary import APOLOGY
from bot.adapters.slack.config import SlackConfig
from bot.adapters.slack.question import MAX_QUESTION_CHARS, SHORTENED_NOTE
from bot.core.api import Answer, Context
from bot.core.engine import Engine
from tests.adapters.slack.fake_slack import WAIT_SECONDS
from tests.adapters.slack.harness import ServeBolt
from tests.adapters.slack.test_events import mention
from tests.adapters.slack.test_safety import ExplodingAnswerer
from tests.adapters.stand_in import EngineStandIn

LONG = "When did Azerbaijan leave the CSTO? " + "please tell me " * 3000


class RecordingAnswerer(EngineStandIn):
    """The real engine, noting each question the adapter handed to it."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self.questions: list[str] = []

    def answer(self, question: str, context: Context | None = None) -> Answer:
        """Record, then answer with the real engine."""
        self.questions.append(question)
        return self.engine.answer(question, context)


def context_texts(body: dict) -> list[str]:
    """Every context-block text of a message."""
    return [e["text"] for b in body["blocks"] if b["type"] == "context" for e in b["elements"]]


async def test_long_command_question_is_capped_with_a_polite_note(
    serve_bolt: ServeBolt, engine: Engine
):
    """A 45,000-character /csto reaches the core cut to the cap, and the reply says so."""
    core = RecordingAnswerer(engine)
    async with serve_bolt(core) as bolt:
        body = (await bolt.command(LONG)).json()
    [question] = core.questions
    assert len(question) <= MAX_QUESTION_CHARS
    assert question.startswith("When did Azerbaijan leave the CSTO?")
    assert SHORTENED_NOTE in context_texts(body)
    assert "1999" in body["blocks"][0]["text"]["text"]


async def test_long_mention_is_capped_with_a_polite_note(serve_bolt: ServeBolt, engine: Engine):
    """A 45,000-character mention is answered from its first part, with the same note."""
    core = RecordingAnswerer(engine)
    async with serve_bolt(core) as bolt:
        await bolt.event(mention(LONG, "1700000050.000100"), "EvLong")
        [post] = await bolt.fake.wait_for_calls("chat.postMessage")
    assert all(len(question) <= MAX_QUESTION_CHARS for question in core.questions)
    assert SHORTENED_NOTE in context_texts(post)


async def test_short_question_has_no_note(serve_bolt: ServeBolt, engine: Engine):
    """An ordinary question reaches the core whole and carries no note."""
    core = RecordingAnswerer(engine)
    async with serve_bolt(core) as bolt:
        body = (await bolt.command("When did Azerbaijan leave the CSTO?")).json()
    assert core.questions == ["When did Azerbaijan leave the CSTO?"]
    assert SHORTENED_NOTE not in context_texts(body)


class BlockingAnswerer(RecordingAnswerer):
    """The real engine, but one question holds its thread until the test releases it."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self.started = threading.Event()
        self.release = threading.Event()

    def answer(self, question: str, context: Context | None = None) -> Answer:
        """Block on "slow" questions (as a long core computation would), then answer."""
        if "slow" in question:
            self.started.set()
            self.release.wait(WAIT_SECONDS)
        return super().answer(question, context)


async def test_acknowledgements_keep_flowing_while_the_core_works(
    serve_bolt: ServeBolt, engine: Engine
):
    """While the core is busy with one /csto, a mention is still acknowledged and answered."""
    core = BlockingAnswerer(engine)
    async with serve_bolt(core) as bolt:
        slow = asyncio.create_task(bolt.command("slow: What is the CSTO?"))
        assert await asyncio.to_thread(core.started.wait, WAIT_SECONDS)
        acked = await bolt.event(mention("Who are the members?", "1700000060.000100"), "EvBusy")
        await bolt.fake.wait_for_call("chat.postMessage", thread_ts="1700000060.000100")
        still_busy = not core.release.is_set() and not slow.done()
        core.release.set()
        reply = await slow
    assert still_busy
    assert acked.status == 200
    assert reply.status == 200


async def test_slow_answer_is_acknowledged_in_time_and_follows(
    serve_bolt: ServeBolt, engine: Engine, config: SlackConfig
):
    """A /csto whose answer misses the ack budget is acknowledged at once; the answer follows."""
    core = BlockingAnswerer(engine)
    quick = dataclasses.replace(config, ack_budget_seconds=0.2)
    async with serve_bolt(core, quick) as bolt:
        reply = await bolt.command("slow: When did Azerbaijan leave the CSTO?")
        acked_while_busy = not core.release.is_set()
        core.release.set()
        [answer] = await bolt.fake.wait_for_calls("response:r1")
    assert acked_while_busy
    assert reply.status == 200
    assert reply.json()["text"] == WORKING
    assert reply.json()["response_type"] == "ephemeral"
    assert answer["response_type"] == "ephemeral"
    assert "1999" in answer["blocks"][0]["text"]["text"]


async def test_slow_failure_after_the_ack_is_apologised_for_privately(
    serve_bolt: ServeBolt, config: SlackConfig
):
    """A core failure after the early acknowledgement reaches the asker through response_url."""
    core = SlowExplodingAnswerer()
    quick = dataclasses.replace(config, ack_budget_seconds=0.05)
    async with serve_bolt(core, quick) as bolt:
        reply = await bolt.command("What is the CSTO?")
        [apology] = await bolt.fake.wait_for_calls("response:r1")
    assert reply.json()["text"] == WORKING
    assert apology["response_type"] == "ephemeral"
    assert apology["text"] == APOLOGY


class SlowExplodingAnswerer(ExplodingAnswerer):
    """A core that fails, but only after the acknowledgement budget has passed."""

    def answer(self, question: str, context: Context | None = None) -> Answer:
        """Fail late."""
        time.sleep(0.3)
        return super().answer(question, context)
