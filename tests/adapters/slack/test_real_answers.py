"""Real answers from knowledge/ through the real Bolt app (skipped while the loader is a stub)."""

from __future__ import annotations

from bot.adapters.slack.render import SHARE_ACTION_ID, SUGGEST_ACTION_PREFIX
from bot.core.answer import Context
from bot.core.engine import Engine
from tests.adapters.slack.harness import BoltServer
from tests.adapters.slack.test_events import mention


def buttons(body: dict) -> list[dict]:
    """Every button in a message body."""
    return [e for block in body["blocks"] if block["type"] == "actions" for e in block["elements"]]


def context_text(body: dict) -> str:
    """All context-block text of a message body."""
    blocks = [block for block in body["blocks"] if block["type"] == "context"]
    return " ".join(element["text"] for block in blocks for element in block["elements"])


async def test_command_answers_from_knowledge_with_sources(bolt: BoltServer, real_engine: Engine):
    """/csto about Azerbaijan's exit says 1999, cites numbered linked sources, offers Share."""
    body = (await bolt.command("When did Azerbaijan leave the CSTO?")).json()
    assert "1999" in body["blocks"][0]["text"]["text"]
    assert "[1]" in context_text(body)
    share = [b for b in buttons(body) if b["action_id"] == SHARE_ACTION_ID]
    assert share[0]["value"] == "When did Azerbaijan leave the CSTO?"


async def test_out_of_domain_question_abstains_with_suggestion_buttons(
    bolt: BoltServer, real_engine: Engine
):
    """An out-of-domain question is not answered; its suggestions come as buttons, no Share."""
    question = "what's the weather in moscow"
    expected = real_engine.answer(question, Context(conversation="elsewhere"))
    assert not expected.answered
    body = (await bolt.command(question)).json()
    found = buttons(body)
    assert SHARE_ACTION_ID not in [b["action_id"] for b in found]
    assert [b["value"] for b in found] == list(expected.suggestions)
    assert all(b["action_id"].startswith(SUGGEST_ACTION_PREFIX) for b in found)


async def test_thread_follow_up_uses_the_first_turn(bolt: BoltServer, real_engine: Engine):
    """In one thread, "and when did it come back?" is about the country asked about before."""
    thread = "1700000040.000100"
    await bolt.event(mention("when did uzbekistan leave the csto", thread), "EvReal1")
    await bolt.fake.wait_for_calls("chat.postMessage")
    follow_up = mention("and when did it come back?", "1700000040.000200", thread_ts=thread)
    await bolt.event(follow_up, "EvReal2")
    first, second = await bolt.fake.wait_for_calls("chat.postMessage", count=2)
    assert "1999" in first["blocks"][0]["text"]["text"]
    assert "2006" in second["blocks"][0]["text"]["text"]
    assert second["thread_ts"] == thread
