"""Buttons as signed block_actions over real HTTP: "Share in channel" and suggestions."""

from __future__ import annotations

from typing import Any

from bot.adapters.slack.conversation import action_place
from bot.adapters.slack.render import SHARE_ACTION_ID, SUGGEST_ACTION_PREFIX
from bot.adapters.slack.shares import EXPIRED
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


def share_value(acked: dict[str, Any]) -> str:
    """The value of the Share button in an acknowledged /csto reply."""
    [share] = [
        element
        for block in acked["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
        if element["action_id"] == SHARE_ACTION_ID
    ]
    return str(share["value"])


def without_share(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The blocks as everyone should see them: the private reply minus its Share button."""
    kept = []
    for block in blocks:
        if block["type"] != "actions":
            kept.append(block)
            continue
        elements = [e for e in block["elements"] if e["action_id"] != SHARE_ACTION_ID]
        if elements:
            kept.append({**block, "elements": elements})
    return kept


async def test_share_in_channel_posts_the_answer_for_everyone(bolt: BoltServer):
    """Pressing Share posts the answer in_channel and removes the private copy."""
    acked = (await bolt.command(QUESTION)).json()
    payload = block_actions(
        SHARE_ACTION_ID, share_value(acked), bolt.fake.response_url(), ephemeral=True
    )
    reply = await bolt.action(payload)
    assert reply.status == 200

    shared, deleted = await bolt.fake.wait_for_calls("response:r1", count=2)
    assert shared["response_type"] == "in_channel"
    assert shared["replace_original"] is False
    assert "1999" in shared["blocks"][0]["text"]["text"]
    buttons = [e for b in shared["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert SHARE_ACTION_ID not in [button["action_id"] for button in buttons]
    assert deleted["delete_original"] is True


async def test_share_posts_exactly_the_follow_up_answer_that_was_shown(bolt: BoltServer):
    """A shared follow-up is the answer the user saw, not its question asked again later."""
    await bolt.command("when did uzbekistan leave the csto")
    follow_up = (await bolt.command("and when did it come back?")).json()
    assert "2006" in follow_up["blocks"][0]["text"]["text"]
    await bolt.command("Who are the members of the CSTO?")  # the conversation moves on
    payload = block_actions(
        SHARE_ACTION_ID, share_value(follow_up), bolt.fake.response_url(), ephemeral=True
    )
    await bolt.action(payload)

    shared, _ = await bolt.fake.wait_for_calls("response:r1", count=2)
    assert "2006" in shared["blocks"][0]["text"]["text"]
    assert shared["blocks"] == without_share(follow_up["blocks"])
    assert shared["text"] == follow_up["text"]


async def test_share_of_an_expired_answer_says_so_privately(bolt: BoltServer):
    """A Share id the bot no longer holds (expired, restarted) gets a private note, no post."""
    payload = block_actions(SHARE_ACTION_ID, QUESTION, bolt.fake.response_url(), ephemeral=True)
    await bolt.action(payload)
    [notice] = await bolt.fake.wait_for_calls("response:r1")
    assert notice["response_type"] == "ephemeral"
    assert notice["text"] == EXPIRED
    assert "delete_original" not in notice


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


async def test_suggestion_button_in_a_thread_answers_through_the_response_url(
    bolt: BoltServer,
):
    """A suggestion under a threaded answer is answered in that thread via the response URL.

    chat.postMessage would fail with not_in_channel where the bot was never invited.
    """
    bolt.fake.errors["chat.postMessage"] = "not_in_channel"
    thread = "1700000009.000100"
    payload = block_actions(
        f"{SUGGEST_ACTION_PREFIX}1",
        "What is the CSTO?",
        bolt.fake.response_url(),
        ephemeral=False,
        thread_ts=thread,
    )
    await bolt.action(payload)
    [post] = await bolt.fake.wait_for_calls("response:r1")
    assert post["response_type"] == "in_channel"
    assert post["replace_original"] is False
    assert post["thread_ts"] == thread
    assert "Collective Security Treaty Organization" in post["blocks"][0]["text"]["text"]
    assert bolt.fake.calls_to("chat.postMessage") == []
    assert bolt.fake.calls_to("chat.postEphemeral") == []  # no apology either


def test_button_conversations_continue_where_the_button_was():
    """A private button continues the asker's /csto conversation; a thread button, the thread."""
    private = action_place(block_actions("x", "v", "u", ephemeral=True))
    assert private.context.conversation == f"slack:{TEAM_ID}:C0CHAN:cmd-U0ASKER"
    threaded = action_place(block_actions("x", "v", "u", ephemeral=False, thread_ts="9.0"))
    assert threaded.context.conversation == f"slack:{TEAM_ID}:C0CHAN:9.0"
    assert threaded.thread_ts == "9.0"
