"""/csto over real HTTP through the real Bolt app: signatures, acknowledgement body, help."""

from __future__ import annotations

import time

from bot.adapters.slack.conversation import command_place
from bot.adapters.slack.render import SHARE_ACTION_ID, SUGGEST_ACTION_PREFIX, render_answer
from bot.core.api import Context
from bot.core.engine import Engine
from tests.adapters.slack.fake_slack import command_body, sign
from tests.adapters.slack.harness import BoltServer

QUESTION = "When did Azerbaijan leave the CSTO?"


def buttons(body: dict) -> list[dict]:
    """Every button in a message body."""
    return [e for block in body["blocks"] if block["type"] == "actions" for e in block["elements"]]


def context_text(body: dict) -> str:
    """All context-block text of a message body."""
    blocks = [block for block in body["blocks"] if block["type"] == "context"]
    return " ".join(element["text"] for block in blocks for element in block["elements"])


async def test_signed_command_is_acknowledged_with_the_answer(bolt: BoltServer, engine: Engine):
    """A signed /csto is acknowledged with the answer section, numbered sources and Share."""
    reply = await bolt.command(QUESTION)

    assert reply.status == 200
    body = reply.json()
    assert body["response_type"] == "ephemeral"
    answer_block = body["blocks"][0]
    assert answer_block["type"] == "section"
    assert answer_block["text"]["type"] == "mrkdwn"
    assert "Azerbaijan" in answer_block["text"]["text"]
    assert "1999" in answer_block["text"]["text"]
    assert "1999" in body["text"]  # the notification fallback
    sources = context_text(body)
    assert "[1]" in sources
    assert "<https://" in sources
    assert "Knowledge " in sources
    [share] = [b for b in buttons(body) if b["action_id"] == SHARE_ACTION_ID]
    assert 10 <= len(share["value"]) <= 40  # a short id into the shown answers, not the question
    expected = render_answer(
        engine.answer(QUESTION, Context(conversation="elsewhere")), share_id=share["value"]
    )
    assert body["blocks"] == expected.blocks


async def test_out_of_domain_question_abstains_with_suggestion_buttons(
    bolt: BoltServer, engine: Engine
):
    """An out-of-domain question is not answered; suggestions come as buttons, with no Share."""
    question = "what's the weather in moscow"
    expected = engine.answer(question, Context(conversation="elsewhere"))
    assert not expected.answered
    assert expected.suggestions
    body = (await bolt.command(question)).json()
    found = buttons(body)
    assert [b["value"] for b in found] == list(expected.suggestions)
    assert all(b["action_id"].startswith(SUGGEST_ACTION_PREFIX) for b in found)


async def test_help_and_bare_command_explain_the_bot(bolt: BoltServer, engine: Engine):
    """`/csto help` and a bare `/csto` both answer with the core's help."""
    expected = render_answer(engine.help()).blocks[0]
    for text in ("help", ""):
        reply = await bolt.command(text)
        assert reply.status == 200
        body = reply.json()
        assert body["blocks"][0] == expected
        assert "CSTO" in body["blocks"][0]["text"]["text"]
        assert buttons(body)  # example questions, one press away


async def test_bad_signature_is_rejected_before_the_handler(bolt: BoltServer):
    """A wrong signature gets 401 and the app does nothing (no Slack call at all)."""
    body = command_body(QUESTION, bolt.fake.response_url())
    reply = await bolt.post(body, sign(body, secret="not-the-secret"))
    assert reply.status == 401
    assert reply.json() == {"error": "invalid request"}
    assert bolt.fake.calls == []


async def test_tampered_body_is_rejected_before_the_handler(bolt: BoltServer):
    """A body changed after signing gets 401 and the app does nothing."""
    body = command_body(QUESTION, bolt.fake.response_url())
    headers = sign(body)
    tampered = body.replace("Azerbaijan", "Armenia")
    assert tampered != body
    reply = await bolt.post(tampered, headers)
    assert reply.status == 401
    assert "blocks" not in reply.text
    assert bolt.fake.calls == []


async def test_stale_timestamp_is_rejected_before_the_handler(bolt: BoltServer):
    """A correctly signed request older than five minutes gets 401 (replay protection)."""
    body = command_body(QUESTION, bolt.fake.response_url())
    reply = await bolt.post(body, sign(body, timestamp=int(time.time()) - 6 * 60))
    assert reply.status == 401
    assert "blocks" not in reply.text
    assert bolt.fake.calls == []


def test_command_conversation_is_per_user_and_channel():
    """Slash replies are private, so follow-ups are remembered per asker and channel."""
    place = command_place({"team_id": "T1", "channel_id": "C1", "user_id": "U1"})
    assert place.context.conversation == "slack:T1:C1:cmd-U1"
    assert place.context.platform == "slack"
    assert place.context.user == "U1"
    assert place.ephemeral
