"""/csto over real HTTP through the real Bolt app: signatures, acknowledgement body, help."""

from __future__ import annotations

import time

from bot.adapters.slack.conversation import command_place
from bot.adapters.slack.render import SHARE_ACTION_ID, render_answer
from bot.core.answer import Context
from bot.core.engine import Engine
from tests.adapters.slack.fake_slack import command_body, sign
from tests.adapters.slack.harness import BoltServer

QUESTION = "When did Azerbaijan leave the CSTO?"


def _blocks_of_type(body: dict, kind: str) -> list[dict]:
    return [block for block in body["blocks"] if block["type"] == kind]


async def test_signed_command_is_acknowledged_with_the_answer(bolt: BoltServer, engine: Engine):
    """A signed /csto is acknowledged with the answer's Block Kit, visible only to the asker."""
    reply = await bolt.command(QUESTION)

    assert reply.status == 200
    body = reply.json()
    assert body["response_type"] == "ephemeral"
    expected = engine.answer(QUESTION, Context(conversation="elsewhere"))
    assert body["blocks"][0]["type"] == "section"
    assert body["blocks"][0]["text"]["type"] == "mrkdwn"
    assert body["blocks"][0]["text"]["text"].startswith(expected.text.split("\n")[0][:40])
    assert body["text"]
    rendered = render_answer(expected, shareable=True)
    assert [block["type"] for block in body["blocks"]] == [b["type"] for b in rendered.blocks]


async def test_answered_command_offers_share_and_lists_sources(bolt: BoltServer, engine: Engine):
    """When the core answers, the reply has a sources context block and a Share button."""
    expected = engine.answer(QUESTION, Context(conversation="elsewhere"))
    reply = await bolt.command(QUESTION)
    body = reply.json()
    buttons = [e for block in _blocks_of_type(body, "actions") for e in block["elements"]]
    share = [button for button in buttons if button["action_id"] == SHARE_ACTION_ID]
    if not expected.answered:  # placeholder engine: abstains, so nothing to share
        assert share == []
        return
    assert share[0]["value"] == QUESTION
    contexts = " ".join(e["text"] for b in _blocks_of_type(body, "context") for e in b["elements"])
    assert "[1]" in contexts


async def test_help_and_bare_command_explain_the_bot(bolt: BoltServer, engine: Engine):
    """`/csto help` and a bare `/csto` both answer with the core's help."""
    expected = render_answer(engine.help(), shareable=True).blocks[0]
    for text in ("help", ""):
        reply = await bolt.command(text)
        assert reply.status == 200
        assert reply.json()["blocks"][0] == expected


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
