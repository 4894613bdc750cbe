"""Users talking to the bot over the real client: slash commands, autocomplete, mentions, DMs."""

from __future__ import annotations

from bot.adapters.discord.buttons import PREFIX
from bot.core.engine import Engine
from tests.adapters.discord.fake_discord import (
    BOT_ID,
    CHANNEL_ID,
    DM_CHANNEL_ID,
    THREAD_ID,
    message_from_callback,
)
from tests.adapters.discord.payloads import EPHEMERAL, buttons_of, fields_of, text_of

AZERBAIJAN = "When did Azerbaijan leave the CSTO?"
OUT_OF_DOMAIN = "What is the best pizza topping?"


async def test_slash_ask_answers_with_embed_and_numbered_sources(start_bot, answerer, knowledge):
    """/csto ask replies publicly with the answer, numbered source links and the version."""
    async with start_bot(answerer) as bot:
        interaction = await bot.fake.slash("ask", question=AZERBAIJAN)
        callback = await bot.fake.wait_for_callback(interaction)
    assert callback["type"] == 4  # CHANNEL_MESSAGE_WITH_SOURCE
    data = callback["data"]
    assert not (data.get("flags") or 0) & EPHEMERAL
    [embed] = data["embeds"]
    assert embed["title"] == AZERBAIJAN
    assert "1999" in embed["description"]
    expected = Engine(knowledge, strict=True).answer(AZERBAIJAN).sources
    lines = fields_of(data)["Sources"].splitlines()
    assert len(lines) == len(expected) > 1
    assert "As of" not in fields_of(data)  # a 1999 event is not "as of" the 2016 article
    for number, (line, source) in enumerate(zip(lines, expected, strict=True), start=1):
        assert line.startswith(f"[{number}] ")
        assert source.label() in line
        if source.url:
            assert line.startswith(f"[{number}] [") and line.endswith(")")
    assert embed["footer"]["text"].startswith("Knowledge version ")
    assert answerer.knowledge_version in embed["footer"]["text"]
    assert data["allowed_mentions"]["parse"] == []


async def test_member_command_shows_the_membership_timeline(start_bot, answerer):
    """/csto member shows the country's timeline as an embed field."""
    async with start_bot(answerer) as bot:
        interaction = await bot.fake.slash("member", country="Uzbekistan")
        callback = await bot.fake.wait_for_callback(interaction)
    [timeline] = [v for k, v in fields_of(callback["data"]).items() if "timeline" in k.lower()]
    assert "15 May 1992: joined" in timeline
    assert "1999: left" in timeline
    assert "2006: rejoined" in timeline


async def test_summit_and_conflict_commands_answer_from_the_fact_base(start_bot, answerer):
    """/csto summit and /csto conflict, with values autocomplete offers, answer publicly."""
    async with start_bot(answerer) as bot:
        summit = await bot.fake.slash("summit", which="Yerevan summit, November 2022")
        conflict = await bot.fake.slash("conflict", name="Nagorno-Karabakh conflict")
        summit_callback = await bot.fake.wait_for_callback(summit)
        conflict_callback = await bot.fake.wait_for_callback(conflict)
    assert "23 November 2022" in text_of(summit_callback["data"])
    assert "1988" in text_of(conflict_callback["data"])
    for callback in (summit_callback, conflict_callback):
        assert not (callback["data"].get("flags") or 0) & EPHEMERAL


async def test_autocomplete_suggests_subjects_despite_typos(start_bot, answerer):
    """Autocomplete returns at most 25 choices within 100 characters; typos still match."""
    async with start_bot(answerer) as bot:
        country = await bot.fake.autocomplete("member", "country", "azerbajan")
        conflict = await bot.fake.autocomplete("conflict", "name", "nagorno karabach")
        question = await bot.fake.autocomplete("ask", "question", "")
        country_callback = await bot.fake.wait_for_callback(country)
        conflict_callback = await bot.fake.wait_for_callback(conflict)
        question_callback = await bot.fake.wait_for_callback(question)
    for callback in (country_callback, conflict_callback, question_callback):
        assert callback["type"] == 8  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
        choices = callback["data"]["choices"]
        assert 0 < len(choices) <= 25
        assert all(0 < len(c["name"]) <= 100 and 0 < len(c["value"]) <= 100 for c in choices)
    assert "azerbaijan" in country_callback["data"]["choices"][0]["value"].lower()
    assert "karabakh" in conflict_callback["data"]["choices"][0]["value"].lower()


async def test_channel_mention_is_answered_in_the_channel(start_bot, answerer):
    """A mention in a channel gets a reply there with the answer, the mention stripped."""
    async with start_bot(answerer) as bot:
        message = await bot.fake.send_message(f"<@{BOT_ID}> {AZERBAIJAN}", mentions=(BOT_ID,))
        [body] = await bot.fake.wait_for_messages(CHANNEL_ID)
    assert "1999" in text_of(body)
    assert body["embeds"][0]["title"] == AZERBAIJAN
    assert str(body["message_reference"]["message_id"]) == message["id"]
    assert body["allowed_mentions"]["parse"] == []


async def test_channel_message_without_mention_is_ignored(start_bot, answerer):
    """Only messages that mention the bot are answered in a channel."""
    async with start_bot(answerer) as bot:
        await bot.fake.send_message(AZERBAIJAN)
        await bot.fake.send_message(f"<@{BOT_ID}> {AZERBAIJAN}", mentions=(BOT_ID,))
        await bot.fake.wait_for_messages(CHANNEL_ID)
        assert len(bot.fake.calls_to("POST", rf"/channels/{CHANNEL_ID}/messages")) == 1


async def test_direct_message_is_answered(start_bot, answerer):
    """A DM without any mention is answered in the DM channel."""
    async with start_bot(answerer) as bot:
        await bot.fake.send_message(AZERBAIJAN, channel_id=DM_CHANNEL_ID, guild=False)
        [body] = await bot.fake.wait_for_messages(DM_CHANNEL_ID)
    assert "1999" in text_of(body)


async def test_mention_in_a_thread_is_answered_in_the_thread(start_bot, answerer):
    """A mention inside a thread is answered in that thread, not its parent channel."""
    async with start_bot(answerer) as bot:
        await bot.fake.send_message(
            f"<@!{BOT_ID}> {AZERBAIJAN}", channel_id=THREAD_ID, mentions=(BOT_ID,)
        )
        [body] = await bot.fake.wait_for_messages(THREAD_ID)
        assert not bot.fake.calls_to("POST", rf"/channels/{CHANNEL_ID}/messages")
    assert "1999" in text_of(body)


async def test_follow_up_keeps_the_subject_of_the_conversation(start_bot, answerer):
    """A second question from the same user in the same channel reuses the subject."""
    async with start_bot(answerer) as bot:
        await bot.fake.send_message(f"<@{BOT_ID}> {AZERBAIJAN}", mentions=(BOT_ID,))
        await bot.fake.wait_for_messages(CHANNEL_ID, 1)
        await bot.fake.send_message(f"<@{BOT_ID}> And when did it join?", mentions=(BOT_ID,))
        first, second = await bot.fake.wait_for_messages(CHANNEL_ID, 2)
    assert "1999" in text_of(first)
    assert "1993" in text_of(second)


async def test_abstention_offers_buttons_that_answer_when_pressed(start_bot, answerer):
    """An out-of-domain slash question gets an ephemeral abstention with suggestion buttons;
    pressing one answers that suggestion."""
    async with start_bot(answerer) as bot:
        interaction = await bot.fake.slash("ask", question=OUT_OF_DOMAIN)
        abstention = await bot.fake.wait_for_callback(interaction)
        buttons = buttons_of(abstention["data"])
        pressed = await bot.fake.press_button(
            message_from_callback(abstention), buttons[0]["custom_id"]
        )
        answer = await bot.fake.wait_for_callback(pressed)
    assert abstention["data"]["flags"] & EPHEMERAL
    assert buttons
    assert all(b["custom_id"].startswith(PREFIX) for b in buttons)
    assert buttons[0]["label"] in text_of(abstention["data"])
    assert answer["type"] == 4
    assert answer["data"]["embeds"][0]["title"] == buttons[0]["label"]
    assert not (answer["data"].get("flags") or 0) & EPHEMERAL
    assert "CSTO" in text_of(answer["data"])


async def test_help_lists_examples_privately(start_bot, answerer):
    """/csto help answers ephemerally with what the bot can answer."""
    async with start_bot(answerer) as bot:
        interaction = await bot.fake.slash("help")
        callback = await bot.fake.wait_for_callback(interaction)
    assert callback["data"]["flags"] & EPHEMERAL
    assert "?" in text_of(callback["data"])


async def test_slash_command_in_a_dm_is_answered(start_bot, answerer):
    """A slash command used in a DM (no guild) is answered too."""
    async with start_bot(answerer) as bot:
        interaction = await bot.fake.slash("ask", question=AZERBAIJAN, guild=False)
        callback = await bot.fake.wait_for_callback(interaction)
    assert "1999" in text_of(callback["data"])
