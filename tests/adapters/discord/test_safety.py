"""Safety over the real client: no pings, limits on the wire, cooldown, the error boundary."""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
from pathlib import Path

import pytest
import yaml

from bot.adapters.discord.boundary import APOLOGY
from bot.adapters.discord.buttons import SuggestionButton
from bot.adapters.discord.render import (
    DESCRIPTION_LIMIT,
    EMBEDS_PER_MESSAGE,
    FIELD_COUNT_LIMIT,
    FIELD_VALUE_LIMIT,
    MESSAGE_EMBED_TOTAL_LIMIT,
    render_answer,
)
from bot.core.api import Answer, Completion, Context, SubjectKind
from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge
from tests.adapters.discord.answers import KNOWLEDGE_DIR
from tests.adapters.discord.fake_discord import (
    BOT_ID,
    CHANNEL_ID,
    DM_CHANNEL_ID,
    OTHER_USER_ID,
    ROLE_ID,
    USER_ID,
    bot_message,
    message_from_callback,
)
from tests.adapters.discord.payloads import EPHEMERAL, buttons_of, embed_size, text_of

AZERBAIJAN = "When did Azerbaijan leave the CSTO?"
PINGS = f"@everyone @here <@&{ROLE_ID}> <@{OTHER_USER_ID}> <@!{OTHER_USER_ID}>"
REPLY_PATHS = (r"/channels/\d+/messages", r"/interactions/\d+/[^/]+/callback", r"/webhooks/.*")


class ExplodingAnswerer:
    """An Answerer whose answer() fails: a stand-in for a bug in the core."""

    knowledge_version = "broken"

    def answer(self, question: str, context: Context | None = None) -> Answer:
        """Fail like a bug would."""
        raise RuntimeError("the core exploded")

    def describe(self, kind: SubjectKind, query: str, context: Context | None = None) -> Answer:
        """Fail like a bug would."""
        raise RuntimeError("the core exploded")

    def complete(
        self, text: str, kind: SubjectKind | None = None, limit: int = 25
    ) -> list[Completion]:
        """Fail like a bug would."""
        raise RuntimeError("the core exploded")

    def help(self) -> Answer:
        """Fail like a bug would."""
        raise RuntimeError("the core exploded")


@pytest.fixture
def long_history_engine(tmp_path: Path) -> Engine:
    """The real engine over the real knowledge plus a country with a 400-step history."""
    directory = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, directory)
    sourced = {"sources": ["wikipedia-csto"], "confidence": "high"}
    events = [{"event": "joined", "date": "1999-12-31", "text": "Ruritania joined."} | sourced]
    for day in range(400):
        date = dt.date(2000, 1, 1) + dt.timedelta(days=day)
        text = f"Ruritania took step {day} of its long accession."
        events.append({"event": "step", "date": date.isoformat(), "text": text} | sourced)
    status = {"value": "member", "text": "Ruritania is a member."} | sourced
    country = {"id": "ruritania", "name": "Ruritania", "status": status, "membership": events}
    (directory / "ruritania.yaml").write_text(yaml.safe_dump({"countries": [country]}))
    return Engine(load_knowledge(directory), strict=True)


def reply_bodies(fake) -> list[dict]:
    """Every message body the bot sent (channel posts, interaction callbacks, follow-ups)."""
    bodies = []
    for pattern in REPLY_PATHS:
        for call in fake.calls_to("POST", pattern):
            bodies.append(call.json.get("data", call.json) if "type" in call.json else call.json)
    return bodies


async def test_mention_injection_cannot_ping_anyone(start_bot, answerer):
    """@everyone, @here, role and user mentions in questions are inert in every reply."""
    async with start_bot(answerer) as bot:
        await bot.fake.send_message(
            f"<@{BOT_ID}> {PINGS} {AZERBAIJAN}", mentions=(BOT_ID, OTHER_USER_ID)
        )
        await bot.fake.send_message(f"<@{BOT_ID}> {PINGS} pizza?", mentions=(BOT_ID,))
        slash = await bot.fake.slash("ask", question=f"{PINGS} {AZERBAIJAN}")
        await bot.fake.wait_for_messages(CHANNEL_ID, 2)
        await bot.fake.wait_for_callback(slash)
        bodies = reply_bodies(bot.fake)
    assert len(bodies) == 3
    for body in bodies:
        assert body["allowed_mentions"]["parse"] == []
        assert not body["allowed_mentions"].get("users")
        assert not body["allowed_mentions"].get("roles")
        assert not body["allowed_mentions"].get("replied_user")
        raw = json.dumps(body, ensure_ascii=False)
        for ping in ("@everyone", "@here", f"<@&{ROLE_ID}>", f"<@{OTHER_USER_ID}>"):
            assert ping not in raw
    assert "everyone" in text_of(bodies[0])  # quoted back, but broken up


async def test_long_answer_is_split_within_limits_on_the_wire(start_bot, long_history_engine):
    """An answer over the limits (a 400-line timeline) arrives as several messages,
    none over a Discord limit, as a slash response with follow-ups and as channel posts."""
    question = "What is Ruritania's membership status in the CSTO?"
    expected = len(render_answer(long_history_engine.answer(question)))
    assert expected > 1
    async with start_bot(long_history_engine) as bot:
        interaction = await bot.fake.slash("member", country="Ruritania")
        callback = await bot.fake.wait_for_callback(interaction)
        followups = await bot.fake.wait_for_followups(interaction, expected - 1)
        await bot.fake.send_message(f"<@{BOT_ID}> {question}", mentions=(BOT_ID,))
        posts = await bot.fake.wait_for_messages(CHANNEL_ID, expected)
    bodies = [callback["data"], *followups, *posts]
    assert len(bodies) == 2 * expected
    for body in bodies:
        embeds = body["embeds"]
        assert 0 < len(embeds) <= EMBEDS_PER_MESSAGE
        assert sum(embed_size(embed) for embed in embeds) <= MESSAGE_EMBED_TOTAL_LIMIT
        for embed in embeds:
            assert len(embed.get("description") or "") <= DESCRIPTION_LIMIT
            assert len(embed.get("fields") or []) <= FIELD_COUNT_LIMIT
            assert all(len(f["value"]) <= FIELD_VALUE_LIMIT for f in embed.get("fields") or [])
    for part in (callback["data"], *followups), posts:
        text = "\n".join(text_of(body) for body in part)
        assert "31 December 1999: joined" in text
        assert "3 February 2001: step" in text  # the last of 401 lines
    assert "Knowledge version" in text_of(followups[-1])


async def test_cooldown_sends_a_polite_private_notice(start_bot, answerer):
    """A second question within the cooldown gets an ephemeral notice; others are unaffected;
    a mention within it gets a ⏳ reaction, never a public reply."""
    async with start_bot(answerer, cooldown_seconds=3600) as bot:
        first = await bot.fake.slash("ask", question=AZERBAIJAN)
        second = await bot.fake.slash("ask", question=AZERBAIJAN)
        other = await bot.fake.slash("ask", question=AZERBAIJAN, user_id=OTHER_USER_ID)
        first_callback = await bot.fake.wait_for_callback(first)
        second_callback = await bot.fake.wait_for_callback(second)
        other_callback = await bot.fake.wait_for_callback(other)
        mention = await bot.fake.send_message(f"<@{BOT_ID}> {AZERBAIJAN}", mentions=(BOT_ID,))
        [reaction] = await bot.fake.wait_for_calls("PUT", r"/channels/.*/reactions/.*")
        # A later DM from someone else is answered, so the mention's reply would have arrived.
        await bot.fake.send_message(AZERBAIJAN, channel_id=DM_CHANNEL_ID, guild=False,
                                    user_id=OTHER_USER_ID + 1)  # fmt: skip
        await bot.fake.wait_for_messages(DM_CHANNEL_ID)
        posts = bot.fake.calls_to("POST", rf"/channels/{CHANNEL_ID}/messages")
    assert "1999" in text_of(first_callback["data"])
    assert second_callback["data"]["flags"] & EPHEMERAL
    assert "please wait" in second_callback["data"]["content"]
    assert "1999" in text_of(other_callback["data"])
    assert reaction.path == (f"/channels/{CHANNEL_ID}/messages/{mention['id']}/reactions/⏳/@me")
    assert posts == []


async def test_cooldown_spares_the_buttons_the_bot_offered(start_bot, answerer):
    """Pressing a suggestion right after asking is answered, not told to wait."""
    async with start_bot(answerer, cooldown_seconds=3600) as bot:
        asked = await bot.fake.slash("ask", question="What is the best pizza topping?")
        offer = await bot.fake.wait_for_callback(asked)
        [suggestion, *_] = buttons_of(offer["data"])
        pressed = await bot.fake.press_button(message_from_callback(offer), suggestion["custom_id"])
        answer = await bot.fake.wait_for_callback(pressed)
    assert "please wait" not in text_of(answer["data"])
    assert answer["data"]["embeds"][0]["title"] == suggestion["label"]


async def test_buttons_under_a_public_answer_count_as_questions(start_bot, answerer):
    """Anyone may press the suggestions under a public answer: the cooldown applies to them."""
    async with start_bot(answerer, cooldown_seconds=3600) as bot:
        asked = await bot.fake.slash("ask", question=AZERBAIJAN)
        shown = await bot.fake.wait_for_callback(asked)
        assert not (shown["data"].get("flags", 0) & EPHEMERAL)
        [suggestion, *_] = buttons_of(shown["data"])
        pressed = await bot.fake.press_button(message_from_callback(shown), suggestion["custom_id"])
        answer = await bot.fake.wait_for_callback(pressed)
    assert "please wait" in answer["data"]["content"]
    assert answer["data"]["flags"] & EPHEMERAL


async def test_core_failure_in_a_slash_command_apologizes_and_logs(start_bot, caplog):
    """An exception in the core gives the user a private apology and an ERROR traceback."""
    async with start_bot(ExplodingAnswerer()) as bot:
        interaction = await bot.fake.slash("ask", question=AZERBAIJAN)
        callback = await bot.fake.wait_for_callback(interaction)
    assert callback["data"]["content"] == APOLOGY
    assert callback["data"]["flags"] & EPHEMERAL
    assert_logged_core_failure(caplog)


async def test_core_failure_on_a_lookup_apologizes_and_logs(start_bot, caplog):
    """A failing /csto summit lookup is apologized for privately and logged."""
    async with start_bot(ExplodingAnswerer()) as bot:
        interaction = await bot.fake.slash("summit", which="yerevan")
        callback = await bot.fake.wait_for_callback(interaction)
    assert callback["data"]["content"] == APOLOGY
    assert callback["data"]["flags"] & EPHEMERAL
    assert_logged_core_failure(caplog)


async def test_core_failure_on_a_mention_apologizes_and_logs(start_bot, caplog):
    """A failure while answering a mention is replied to with the apology and logged."""
    async with start_bot(ExplodingAnswerer()) as bot:
        await bot.fake.send_message(f"<@{BOT_ID}> {AZERBAIJAN}", mentions=(BOT_ID,))
        [body] = await bot.fake.wait_for_messages(CHANNEL_ID)
    assert body["content"] == APOLOGY
    assert body["allowed_mentions"]["parse"] == []
    assert_logged_core_failure(caplog)


async def test_core_failure_on_a_button_press_apologizes_and_logs(start_bot, caplog):
    """A failure after a suggestion button press is apologized for and logged."""
    custom_id = SuggestionButton.offering(AZERBAIJAN).custom_id
    components = [{"type": 1, "components": [{"type": 2, "style": 2, "label": "Ask",
                                              "custom_id": custom_id}]}]  # fmt: skip
    message = bot_message(1, str(CHANNEL_ID), {"components": components})
    async with start_bot(ExplodingAnswerer()) as bot:
        pressed = await bot.fake.press_button(message, custom_id, user_id=USER_ID)
        callback = await bot.fake.wait_for_callback(pressed)
    assert callback["data"]["content"] == APOLOGY
    assert_logged_core_failure(caplog)


async def test_core_failure_in_autocomplete_returns_no_choices_and_logs(start_bot, caplog):
    """A failing completion answers autocomplete with no choices and logs the traceback."""
    async with start_bot(ExplodingAnswerer()) as bot:
        interaction = await bot.fake.autocomplete("member", "country", "arm")
        callback = await bot.fake.wait_for_callback(interaction)
    assert callback["type"] == 8
    assert callback["data"]["choices"] == []
    assert_logged_core_failure(caplog)


def assert_logged_core_failure(caplog) -> None:
    """Our logger recorded an ERROR with the core's exception attached."""
    errors = [
        record
        for record in caplog.records
        if record.name == "bot.adapters.discord" and record.levelno == logging.ERROR
    ]
    assert errors
    assert any(
        record.exc_info and isinstance(record.exc_info[1], RuntimeError) for record in errors
    )
