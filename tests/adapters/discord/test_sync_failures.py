"""Command sync failing at start-up: a long rate limit is skipped, a rejection is one line."""

from __future__ import annotations

import logging
import time

import pytest

from bot.runtime.errors import PlatformStartError
from tests.adapters.discord.fake_discord import APP_ID, GUILD_ID, FakeDiscord
from tests.adapters.discord.payloads import text_of

GUILD_COMMANDS = rf"/applications/{APP_ID}/guilds/{GUILD_ID}/commands"
QUESTION = "Who are the members of the CSTO?"
# Discord's answer once the 200 command creations a day are used up.
DAILY_LIMIT = (
    429,
    {
        "message": "Max number of daily application command creates has been reached (200)",
        "retry_after": 86_400.0,
        "global": False,
        "code": 30034,
    },
)
SHORT_LIMIT = (429, {"message": "You are being rate limited.", "retry_after": 0.2, "global": False})
INVALID = (
    400,
    {
        "message": "Invalid Form Body",
        "code": 50035,
        "errors": {
            "0": {
                "options": {
                    "1": {
                        "description": {
                            "_errors": [
                                {
                                    "code": "BASE_TYPE_MAX_LENGTH",
                                    "message": "Must be 100 or fewer in length.",
                                }
                            ]
                        }
                    }
                }
            }
        },
    },
)


def _ours(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name.startswith("bot.") and r.levelno >= logging.WARNING]


async def test_a_long_rate_limit_skips_the_sync_and_keeps_serving(
    start_bot, answerer, fake_discord: FakeDiscord, caplog
):
    """A 429 for a day (the daily command-create limit) is not slept through: the bot connects
    at once, answers with the commands Discord has, and logs one warning saying until when."""
    fake_discord.sync_failures.append(DAILY_LIMIT)
    caplog.set_level(logging.INFO)
    started = time.monotonic()
    async with start_bot(answerer) as bot:
        assert bot.client.is_ready()
        interaction = await bot.fake.slash("ask", question=QUESTION)
        callback = await bot.fake.wait_for_callback(interaction)
        problem = bot.client.commands_problem
    assert time.monotonic() - started < 5
    assert "Kazakhstan" in text_of(callback["data"])
    [warning] = _ours(caplog)
    message = warning.getMessage()
    assert warning.levelno == logging.WARNING
    assert "not synced" in message and "rate limit" in message and "UTC" in message
    assert "\n" not in message and warning.exc_info is None
    assert problem is not None
    assert problem.startswith("commands not synced: rate limited until ")


async def test_a_short_rate_limit_is_waited_out(start_bot, answerer, fake_discord: FakeDiscord):
    """A 429 of a fraction of a second is retried and the commands are synced."""
    fake_discord.sync_failures.append(SHORT_LIMIT)
    async with start_bot(answerer) as bot:
        assert bot.client.commands_problem is None
    assert len(fake_discord.calls_to("PUT", GUILD_COMMANDS)) == 2
    assert fake_discord.commands[GUILD_ID]


async def test_rejected_commands_are_a_one_line_start_error(
    start_bot, answerer, fake_discord: FakeDiscord
):
    """A 400 on the upload (commands Discord will not take) stops Discord with one line that
    says what Discord objected to; no traceback."""
    fake_discord.sync_failures.append(INVALID)
    with pytest.raises(PlatformStartError) as raised:
        async with start_bot(answerer):
            pass
    message = str(raised.value)
    assert "400" in message
    assert "Must be 100 or fewer in length" in message
    assert "\n" not in message
    assert raised.value.__cause__ is None
    assert raised.value.__suppress_context__
