"""Mentions and DMs over real HTTP through the real Bolt app, answered via chat.postMessage."""

from __future__ import annotations

from typing import Any

from bot.adapters.slack.conversation import event_place
from tests.adapters.slack.fake_slack import BOT_ID, BOT_USER_ID, TEAM_ID
from tests.adapters.slack.harness import BoltServer

CHANNEL = "C0CHAN"
DM = "D0DM"


def mention(text: str, ts: str, thread_ts: str | None = None) -> dict[str, Any]:
    """An app_mention event as Slack sends it."""
    event = {
        "type": "app_mention",
        "user": "U0ASKER",
        "text": f"<@{BOT_USER_ID}> {text}",
        "ts": ts,
        "channel": CHANNEL,
        "event_ts": ts,
    }
    return event | ({"thread_ts": thread_ts} if thread_ts else {})


def direct_message(text: str, ts: str, **extra: Any) -> dict[str, Any]:
    """A message.im event as Slack sends it."""
    return {
        "type": "message",
        "channel_type": "im",
        "user": "U0ASKER",
        "text": text,
        "ts": ts,
        "channel": DM,
        "event_ts": ts,
        **extra,
    }


async def test_mention_is_answered_in_its_thread(bolt: BoltServer):
    """An app_mention is acknowledged empty, then answered with chat.postMessage in a thread."""
    question = "When did Azerbaijan leave the CSTO?"
    reply = await bolt.event(mention(question, "1700000000.000100"), "EvMention1")
    assert reply.status == 200
    assert reply.text == ""

    [post] = await bolt.fake.wait_for_calls("chat.postMessage")
    assert post["channel"] == CHANNEL
    assert post["thread_ts"] == "1700000000.000100"
    assert "1999" in post["blocks"][0]["text"]["text"]
    assert post["text"]
    assert any(block["type"] == "context" for block in post["blocks"])


async def test_mention_inside_a_thread_replies_in_that_thread(bolt: BoltServer):
    """A mention written in an existing thread is answered in that thread, not a new one."""
    event = mention("Who are the members?", "1700000000.000300", thread_ts="1700000000.000200")
    await bolt.event(event, "EvMention2")
    [post] = await bolt.fake.wait_for_calls("chat.postMessage")
    assert post["thread_ts"] == "1700000000.000200"


async def test_direct_message_is_answered_in_the_dm(bolt: BoltServer):
    """A DM (message.im) is answered in the DM, at top level."""
    question = "What is the CSTO?"
    await bolt.event(direct_message(question, "1700000001.000100"), "EvDm1")
    [post] = await bolt.fake.wait_for_calls("chat.postMessage")
    assert post["channel"] == DM
    assert "thread_ts" not in post
    assert "Collective Security Treaty Organization" in post["blocks"][0]["text"]["text"]


async def test_bot_messages_edits_and_own_messages_are_ignored(bolt: BoltServer):
    """Bot messages, our own messages, edits and deletions get no answer; a real DM does."""
    ignored = [
        direct_message("from a bot", "1.1", bot_id="B0OTHER", subtype="bot_message"),
        direct_message("from us", "1.2", user=BOT_USER_ID, bot_id=BOT_ID),
        direct_message("edited", "1.3", subtype="message_changed"),
        direct_message("", "1.4", subtype="message_deleted"),
    ]
    for number, event in enumerate(ignored):
        reply = await bolt.event(event, f"EvIgnored{number}")
        assert reply.status == 200
    # Sent last, in a DM thread so its reply is recognisable: any reply to the ignored
    # events would have been started before it.
    await bolt.event(direct_message("What is the CSTO?", "1.6", thread_ts="1.5"), "EvReal")

    await bolt.fake.wait_for_call("chat.postMessage", thread_ts="1.5")
    assert len(bolt.fake.calls_to("chat.postMessage")) == 1
    assert bolt.fake.calls_to("chat.postEphemeral") == []


async def test_retried_delivery_is_answered_once(bolt: BoltServer):
    """The same event_id delivered again with X-Slack-Retry-Num: 1 is acknowledged, not answered."""
    event = mention("What is the CSTO?", "1700000002.000100")
    first = await bolt.event(event, "EvRetried")
    await bolt.fake.wait_for_call("chat.postMessage", thread_ts="1700000002.000100")
    retry = await bolt.event(event, "EvRetried", retry=1)
    assert (first.status, retry.status) == (200, 200)
    # A later event, answered in its own thread: a reply to the retry would have started first.
    await bolt.event(mention("Who are the members?", "1700000003.000100"), "EvNext")

    await bolt.fake.wait_for_call("chat.postMessage", thread_ts="1700000003.000100")
    threads = [post["thread_ts"] for post in bolt.fake.calls_to("chat.postMessage")]
    assert threads == ["1700000002.000100", "1700000003.000100"]


async def test_follow_up_in_a_thread_keeps_the_conversation(bolt: BoltServer):
    """In one thread, "and when did it come back?" is about the country asked about before."""
    thread = "1700000004.000100"
    await bolt.event(mention("when did uzbekistan leave the csto", thread), "EvTurn1")
    await bolt.fake.wait_for_calls("chat.postMessage")
    second = mention("and when did it come back?", "1700000004.000200", thread_ts=thread)
    await bolt.event(second, "EvTurn2")
    first, follow_up = await bolt.fake.wait_for_calls("chat.postMessage", count=2)

    assert [first["thread_ts"], follow_up["thread_ts"]] == [thread, thread]
    assert "1999" in first["blocks"][0]["text"]["text"]
    assert "Uzbekistan" in follow_up["blocks"][0]["text"]["text"]
    assert "2006" in follow_up["blocks"][0]["text"]["text"]


async def test_follow_up_in_another_thread_does_not_inherit_the_subject(bolt: BoltServer):
    """A follow-up asked in a different thread has no earlier subject to lean on."""
    await bolt.event(mention("when did uzbekistan leave the csto", "8.0"), "EvThreadA")
    await bolt.fake.wait_for_calls("chat.postMessage")
    await bolt.event(mention("and when did it come back?", "9.0"), "EvThreadB")
    _, other = await bolt.fake.wait_for_calls("chat.postMessage", count=2)
    assert other["thread_ts"] == "9.0"
    assert "2006" not in other["blocks"][0]["text"]["text"]


def test_event_conversations_follow_threads_and_dms():
    """Mentions are keyed by thread, DMs by 'dm' (or their thread), with the user's id."""
    body = {"team_id": TEAM_ID}
    top = event_place(body, mention("q", "5.0"))
    assert top.context.conversation == f"slack:{TEAM_ID}:{CHANNEL}:5.0"
    assert top.thread_ts == "5.0"
    threaded = event_place(body, mention("q", "6.0", thread_ts="5.0"))
    assert threaded.context.conversation == f"slack:{TEAM_ID}:{CHANNEL}:5.0"
    dm = event_place(body, direct_message("q", "7.0"))
    assert dm.context.conversation == f"slack:{TEAM_ID}:{DM}:dm"
    assert dm.thread_ts is None
    assert dm.context.user == "U0ASKER"
