"""The strict fake refuses what Discord refuses, so adapter tests fail where Discord would."""

from __future__ import annotations

from typing import Any

import discord
import pytest

from tests.adapters.discord.fake_discord import ALREADY_ACKNOWLEDGED, CHANNEL_ID
from tests.adapters.discord.strict import INVALID_FORM_BODY, callback_problems, message_problems


def button(custom_id: str, label: str = "Ask") -> dict[str, Any]:
    """A secondary button component."""
    return {"type": 2, "style": 2, "label": label, "custom_id": custom_id}


def embed(**parts: Any) -> dict[str, Any]:
    """An embed with a short description unless given."""
    return {"description": "x"} | parts


FIELD = {"name": "n", "value": "v"}
OVER_LIMITS = {
    "content": {"content": "x" * 2001},
    "eleven embeds": {"embeds": [embed()] * 11},
    "title": {"embeds": [embed(title="x" * 257)]},
    "description": {"embeds": [embed(description="x" * 4097)]},
    "26 fields": {"embeds": [embed(fields=[FIELD] * 26)]},
    "field name": {"embeds": [embed(fields=[{"name": "x" * 257, "value": "v"}])]},
    "field value": {"embeds": [embed(fields=[{"name": "n", "value": "x" * 1025}])]},
    "footer": {"embeds": [embed(footer={"text": "x" * 2049})]},
    "6000 in total": {"embeds": [embed(description="x" * 4000)] * 2},
    "six rows": {"components": [{"type": 1, "components": [button(f"b{n}")]} for n in range(6)]},
    "six buttons": {"components": [{"type": 1, "components": [button(f"b{n}") for n in range(6)]}]},
    "custom_id": {"components": [{"type": 1, "components": [button("x" * 101)]}]},
    "duplicate custom_id": {"components": [{"type": 1, "components": [button("a"), button("a")]}]},
    "label": {"components": [{"type": 1, "components": [button("a", "x" * 81)]}]},
    "mentions": {"content": "x", "allowed_mentions": {"parse": ["users"], "users": ["1"]}},
    "empty": {"content": ""},
}


@pytest.mark.parametrize("body", OVER_LIMITS.values(), ids=OVER_LIMITS.keys())
def test_each_limit_is_refused(body: dict[str, Any]):
    """A body one over any documented limit is refused; the same at the limit is not."""
    assert message_problems(body)


def test_bodies_at_the_limits_pass():
    """Exactly at every limit is allowed, as on Discord."""
    fields = [{"name": "n" * 256, "value": "v" * 1024}] + [FIELD] * 24
    body = {
        "content": "x" * 2000,
        "embeds": [embed(title="t" * 256, description="d" * 3000, fields=fields[:2])],
        "components": [
            {"type": 1, "components": [button(f"{r}{n}" + "x" * 98, "l" * 80) for n in range(5)]}
            for r in range(5)
        ],
        "allowed_mentions": {"parse": []},
    }
    assert message_problems(body) == []


def test_autocomplete_choices_are_checked():
    """At most 25 choices, each name and value 1-100 characters."""
    choice = {"name": "a", "value": "a"}
    assert callback_problems({"type": 8, "data": {"choices": [choice] * 25}}) == []
    assert callback_problems({"type": 8, "data": {"choices": [choice] * 26}})
    assert callback_problems({"type": 8, "data": {"choices": [{"name": "a" * 101, "value": "a"}]}})
    assert callback_problems({"type": 8, "data": {"choices": [{"name": "a", "value": ""}]}})


async def test_the_real_client_gets_400_50035_and_the_test_would_fail(start_bot, answerer):
    """discord.py sending duplicate custom_ids gets Discord's 400; the fake remembers it."""
    view = discord.ui.View()
    view.add_item(discord.ui.Button(label="one", custom_id="same"))
    view.add_item(discord.ui.Button(label="two", custom_id="same"))
    async with start_bot(answerer) as bot:
        channel = bot.client.get_channel(CHANNEL_ID)
        with pytest.raises(discord.HTTPException) as raised:
            await channel.send("x", view=view)
        refused = list(bot.fake.refused)
        bot.fake.refused.clear()  # expected here; any other test with a refusal fails
    assert raised.value.status == 400
    assert raised.value.code == INVALID_FORM_BODY
    [(call, problems)] = refused
    assert call.path == f"/channels/{CHANNEL_ID}/messages"
    assert any("duplicate" in problem for problem in problems)


async def test_a_second_callback_for_one_interaction_gets_400_40060(start_bot, answerer):
    """Discord takes one response per interaction; the fake refuses a second (and remembers)."""
    async with start_bot(answerer) as bot:
        route = discord.http.Route(
            "POST", "/interactions/{id}/{token}/callback", id=12345, token="tok"
        )
        await bot.client.http.request(route, json={"type": 5})
        with pytest.raises(discord.HTTPException) as raised:
            await bot.client.http.request(route, json={"type": 5})
        refused = list(bot.fake.refused)
        bot.fake.refused.clear()  # expected here; any other test with a refusal fails
    assert raised.value.status == 400
    assert raised.value.code == ALREADY_ACKNOWLEDGED
    [(call, problems)] = refused
    assert call.path == "/interactions/12345/tok/callback"
    assert problems == ["interaction has already been acknowledged"]
