"""Suggestion buttons over the real client: short keyed ids, full questions, expired presses."""

from __future__ import annotations

import logging
import re

from bot.adapters.discord.boundary import APOLOGY
from bot.adapters.discord.buttons import EXPIRED, PREFIX
from bot.core.api import Answer, Context
from bot.core.engine import Engine
from tests.adapters.discord.fake_discord import CHANNEL_ID, bot_message, message_from_callback
from tests.adapters.discord.payloads import EPHEMERAL, buttons_of, text_of
from tests.adapters.stand_in import EngineStandIn

AMBIGUOUS = "What did they decide at the summit about the joint forces?"
SHARED = "What did the CSTO Collective Security Council decide about the Collective Rapid "
SHARED += "Reaction Force and its composition, size and funding at the summit held in "
LATER = ("Yerevan in November 2022?", "Minsk in November 2022?")


class SuggestingAnswerer(EngineStandIn):
    """The real engine, except that one ambiguous question is answered with two long
    suggestions that differ only after 100 characters; records what it was asked."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self.asked: list[str] = []

    def answer(self, question: str, context: Context | None = None) -> Answer:
        """Offer the long suggestions for AMBIGUOUS; otherwise the engine's answer."""
        self.asked.append(question)
        if question != AMBIGUOUS:
            return self.engine.answer(question, context)
        return Answer(
            question=question,
            answered=False,
            text="Which summit do you mean?",
            suggestions=tuple(SHARED + end for end in LATER),
            confidence=0.2,
            intent="clarify",
        )


async def test_long_suggestions_get_distinct_short_ids_and_ask_in_full(start_bot, answerer):
    """Two suggestions alike for 100+ characters become two valid buttons (the strict fake
    refuses duplicate or over-long custom_ids); pressing the second asks it in full."""
    suggesting = SuggestingAnswerer(answerer)
    async with start_bot(suggesting) as bot:
        asked = await bot.fake.slash("ask", question=AMBIGUOUS)
        offer = await bot.fake.wait_for_callback(asked)
        buttons = buttons_of(offer["data"])
        pressed = await bot.fake.press_button(message_from_callback(offer), buttons[1]["custom_id"])
        answer = await bot.fake.wait_for_callback(pressed)
    assert len(SHARED) > 100
    assert len(buttons) == 2
    assert len({b["custom_id"] for b in buttons}) == 2
    assert all(re.fullmatch(re.escape(PREFIX) + "[0-9a-f]{16}", b["custom_id"]) for b in buttons)
    assert suggesting.asked == [AMBIGUOUS, SHARED + LATER[1]]
    assert APOLOGY not in text_of(answer["data"])


async def test_unknown_suggestion_key_says_the_button_expired(start_bot, answerer):
    """A press on a key this process does not hold (an earlier run, or evicted) is told
    privately that the button expired, instead of "This interaction failed"."""
    custom_ids = (PREFIX + "0123456789abcdef", "csto:ask:When did Azerbaijan leave?", "x:y")
    rows = [{"type": 1, "components": [{"type": 2, "style": 2, "label": "old", "custom_id": c}]}
            for c in custom_ids]  # fmt: skip
    old_message = bot_message(5, str(CHANNEL_ID), {"components": rows})
    async with start_bot(answerer) as bot:
        presses = [await bot.fake.press_button(old_message, c) for c in custom_ids]
        callbacks = [await bot.fake.wait_for_callback(pressed) for pressed in presses]
    for callback in callbacks:
        assert callback["type"] == 4
        assert callback["data"]["content"] == EXPIRED
        assert callback["data"]["flags"] & EPHEMERAL


async def test_expired_interaction_token_logs_one_warning_and_no_apology(
    start_bot, answerer, caplog
):
    """A 404 Unknown interaction (10062: Discord's 3 s passed) is one WARNING line; no
    ERROR traceback and no second callback with an apology."""
    caplog.set_level(logging.WARNING)
    async with start_bot(answerer) as bot:
        bot.fake.expired_interactions.add(str(bot.fake.next_id))
        interaction = await bot.fake.slash("ask", question="When did Azerbaijan leave the CSTO?")
        await bot.fake.wait_for_calls("POST", r"/interactions/.*/callback")
        # Let anything the bot still wanted to send (an apology, a follow-up) arrive.
        await bot.fake.slash("help")
        await bot.fake.wait_for_calls("POST", r"/interactions/.*/callback", 2)
        calls = bot.fake.calls_to("POST", rf"/interactions/{interaction['id']}/.*")
    ours = [r for r in caplog.records if r.name.startswith(("bot.", "discord"))]
    assert len(calls) == 1
    assert not [r for r in ours if r.levelno >= logging.ERROR]
    warnings = [r for r in ours if r.levelno == logging.WARNING and "10062" in r.getMessage()]
    assert len(warnings) == 1
    assert warnings[0].exc_info is None
