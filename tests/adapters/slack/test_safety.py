"""Safety over real HTTP: no user text can mention anyone, and a core failure reaches the user."""

from __future__ import annotations

import json
import logging
import re

import pytest

from bot.adapters.slack.boundary import APOLOGY
from bot.adapters.slack.render import SHARE_ACTION_ID, SUGGEST_ACTION_PREFIX
from bot.core.api import Answer, Completion, Context, SubjectKind
from tests.adapters.slack.harness import BoltServer, ServeBolt
from tests.adapters.slack.test_actions import block_actions
from tests.adapters.slack.test_events import direct_message, mention

INJECTION = (
    "<!channel> <!here> <!everyone> <@U123> <#C999|general> @everyone @here what is the CSTO?"
)
# Anything Slack would turn into a notification, in any output the bot produced.
SPECIAL = re.compile(r"<!|<@|<#|@(everyone|here|channel)\b", re.IGNORECASE)


class ExplodingAnswerer:
    """A core that fails on every question (for the error-boundary tests only)."""

    knowledge_version = "broken"

    def answer(self, question: str, context: Context | None = None) -> Answer:
        """Fail like a bug in the core would."""
        raise RuntimeError("the core is broken")

    def complete(
        self, text: str, kind: SubjectKind | None = None, limit: int = 25
    ) -> list[Completion]:
        """Nothing to complete."""
        return []

    def help(self) -> Answer:
        """Fail like a bug in the core would."""
        raise RuntimeError("the core is broken")


async def test_mention_injection_leaves_no_special_mention(bolt: BoltServer):
    """@channel, @here, @everyone, user and channel mentions in questions never come out live."""
    acked = await bolt.command(INJECTION)
    await bolt.event(mention(INJECTION, "1700000020.000100"), "EvInject1")
    await bolt.event(direct_message(INJECTION, "1700000021.000100"), "EvInject2")
    share = block_actions(SHARE_ACTION_ID, INJECTION, bolt.fake.response_url(), ephemeral=True)
    await bolt.action(share)
    await bolt.fake.wait_for_calls("chat.postMessage", count=2)
    await bolt.fake.wait_for_calls("response:r1", count=1)

    outputs = [acked.json(), *bolt.fake.outputs()]
    assert len(outputs) == 4
    for output in outputs:
        text = json.dumps(output, ensure_ascii=False)
        assert not SPECIAL.search(text), text


async def test_core_failure_in_a_command_is_apologised_for_and_logged(
    serve_bolt: ServeBolt, caplog: pytest.LogCaptureFixture
):
    """A core exception under /csto acknowledges with a private apology and logs the traceback."""
    async with serve_bolt(ExplodingAnswerer()) as bolt:
        reply = await bolt.command("What is the CSTO?")

    assert reply.status == 200
    body = reply.json()
    assert body["response_type"] == "ephemeral"
    assert body["text"] == APOLOGY
    errors = [
        r for r in caplog.records if r.name == "bot.adapters.slack" and r.levelname == "ERROR"
    ]
    assert errors
    assert errors[0].exc_info is not None
    assert "the core is broken" in str(errors[0].exc_info[1])


async def test_core_failure_on_a_mention_is_apologised_for_privately(
    serve_bolt: ServeBolt, caplog: pytest.LogCaptureFixture
):
    """A core exception after a mention sends the asker an ephemeral apology in the thread."""
    async with serve_bolt(ExplodingAnswerer()) as bolt:
        await bolt.event(mention("What is the CSTO?", "1700000030.000100"), "EvBoom")
        [apology] = await bolt.fake.wait_for_calls("chat.postEphemeral")

    assert apology["user"] == "U0ASKER"
    assert apology["channel"] == "C0CHAN"
    assert apology["thread_ts"] == "1700000030.000100"
    assert apology["text"] == APOLOGY
    assert bolt.fake.calls_to("chat.postMessage") == []
    assert any(
        r.name == "bot.adapters.slack" and r.levelno == logging.ERROR for r in caplog.records
    )


async def test_core_failure_on_a_button_is_apologised_for_privately(serve_bolt: ServeBolt):
    """A core exception after a button press apologises through the response URL, privately."""
    async with serve_bolt(ExplodingAnswerer()) as bolt:
        action_id = f"{SUGGEST_ACTION_PREFIX}0"
        payload = block_actions(action_id, "q", bolt.fake.response_url(), ephemeral=True)
        await bolt.action(payload)
        [apology] = await bolt.fake.wait_for_calls("response:r1")

    assert apology["response_type"] == "ephemeral"
    assert apology["text"] == APOLOGY
