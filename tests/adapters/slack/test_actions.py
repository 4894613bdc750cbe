"""Buttons as signed block_actions over real HTTP: "Share in channel" and suggestions."""

from __future__ import annotations

from typing import Any

from bot.adapters.slack.conversation import action_place
from bot.adapters.slack.render import SHARE_ACTION_ID, SUGGEST_ACTION_PREFIX
from bot.core.engine import Engine
from tests.adapters.slack.fake_slack import TEAM_ID
from tests.adapters.slack.harness import BoltServer

QUESTION = "When did Azerbaijan leave the CSTO?"


def block_actions(
    action_id: str, value: str, response_url: str, *, ephemeral: bool, thread_ts: str | None = None
) -> dict[str, Any]:
    """A block_actions payload as Slack sends it for a button press."""
    container: dict[str, Any] = {
        "type": "message",
        "message_ts": "1700000010.000100",
        "channel_id": "C0CHAN",
        "is_ephemeral": ephemeral,
    }
    payload: dict[str, Any] = {
        "type": "block_actions",
        "team": {"id": TEAM_ID, "domain": "test"},
        "user": {"id": "U0ASKER", "username": "asker", "team_id": TEAM_ID},
        "api_app_id": "A0APP",
        "token": "legacy",
        "container": container,
        "trigger_id": "1.2.3",
        "channel": {"id": "C0CHAN", "name": "general"},
        "response_url": response_url,
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": "b1",
                "text": {"type": "plain_text", "text": value[:75]},
                "value": value,
                "action_ts": "1700000011.000100",
            }
        ],
    }
    if not ephemeral:
        message = {"type": "message", "ts": "1700000010.000100", "user": "U0BOT", "text": "..."}
        payload["message"] = message | ({"thread_ts": thread_ts} if thread_ts else {})
    return payload


async def test_share_in_channel_posts_the_answer_for_everyone(bolt: BoltServer):
    """Pressing Share posts the answer in_channel and removes the private copy."""
    payload = block_actions(SHARE_ACTION_ID, QUESTION, bolt.fake.response_url(), ephemeral=True)
    reply = await bolt.action(payload)
    assert reply.status == 200

    shared, deleted = await bolt.fake.wait_for_calls("response:r1", count=2)
    assert shared["response_type"] == "in_channel"
    assert shared["replace_original"] is False
    assert "1999" in shared["blocks"][0]["text"]["text"]
    buttons = [e for b in shared["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert SHARE_ACTION_ID not in [button["action_id"] for button in buttons]
    assert deleted["delete_original"] is True


async def test_suggestion_button_answers_that_question_privately(bolt: BoltServer, engine: Engine):
    """A suggestion pressed under a private reply replaces it with the suggested answer."""
    suggestion = "Who are the members of the CSTO?"
    action_id = f"{SUGGEST_ACTION_PREFIX}0"
    payload = block_actions(action_id, suggestion, bolt.fake.response_url(), ephemeral=True)
    reply = await bolt.action(payload)
    assert reply.status == 200

    [replaced] = await bolt.fake.wait_for_calls("response:r1")
    assert replaced["response_type"] == "ephemeral"
    assert replaced["replace_original"] is True
    assert "Tajikistan" in replaced["blocks"][0]["text"]["text"]
    share = [b for b in replaced["blocks"] if b["type"] == "actions"][-1]["elements"][-1]
    assert share["action_id"] == SHARE_ACTION_ID  # still private, so still shareable


async def test_suggestion_button_in_a_thread_answers_in_the_thread(bolt: BoltServer):
    """A suggestion pressed under a threaded answer is answered in that thread for everyone."""
    thread = "1700000009.000100"
    payload = block_actions(
        f"{SUGGEST_ACTION_PREFIX}1",
        "What is the CSTO?",
        bolt.fake.response_url(),
        ephemeral=False,
        thread_ts=thread,
    )
    await bolt.action(payload)
    [post] = await bolt.fake.wait_for_calls("chat.postMessage")
    assert post["channel"] == "C0CHAN"
    assert post["thread_ts"] == thread
    assert bolt.fake.calls_to("response:r1") == []


def test_button_conversations_continue_where_the_button_was():
    """A private button continues the asker's /csto conversation; a thread button, the thread."""
    private = action_place(block_actions("x", "v", "u", ephemeral=True))
    assert private.context.conversation == f"slack:{TEAM_ID}:C0CHAN:cmd-U0ASKER"
    threaded = action_place(block_actions("x", "v", "u", ephemeral=False, thread_ts="9.0"))
    assert threaded.context.conversation == f"slack:{TEAM_ID}:C0CHAN:9.0"
    assert threaded.thread_ts == "9.0"
