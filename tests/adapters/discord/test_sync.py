"""Command sync over the real client: any change Discord would show is uploaded, nothing else."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.adapters.discord.fake_discord import APP_ID, GUILD_ID, FakeDiscord

GUILD_COMMANDS = rf"/applications/{APP_ID}/guilds/{GUILD_ID}/commands"
GLOBAL_COMMANDS = rf"/applications/{APP_ID}/commands"

Command = dict[str, Any]


def _sub(command: Command, name: str) -> Command:
    return next(option for option in command["options"] if option["name"] == name)


def _param(command: Command, sub: str) -> Command:
    [param] = _sub(command, sub)["options"]
    return param


def _set(path: Callable[[Command], Command], key: str, value: Any) -> Callable[[Command], None]:
    def change(command: Command) -> None:
        path(command)[key] = value

    return change


# What an older deploy may have left on Discord, each differing from ours in one field only.
STALE = {
    "max_length": _set(lambda c: _param(c, "ask"), "max_length", 100),
    "min_length": _set(lambda c: _param(c, "summit"), "min_length", 3),
    "contexts": _set(lambda c: c, "contexts", [0]),
    "integration_types": _set(lambda c: c, "integration_types", [0, 1]),
    "default_member_permissions": _set(lambda c: c, "default_member_permissions", "8"),
    "nsfw": _set(lambda c: c, "nsfw", True),
    "name_localizations": _set(lambda c: _sub(c, "ask"), "name_localizations", {"ru": "вопрос"}),
    "description_localizations": _set(
        lambda c: c, "description_localizations", {"de": "Antworten über die OVKS"}
    ),
    "option_description": _set(lambda c: _param(c, "member"), "description", "A country"),
    "autocomplete": _set(lambda c: _param(c, "conflict"), "autocomplete", False),
}

# How Discord may return a copy that is the same as ours.
SAME = {
    "defaults_spelled_out": lambda c: c.update(contexts=[2, 0, 1], nsfw=False),
    "empty_localizations": lambda c: c.update(name_localizations={}),
    "permissions_absent": lambda c: c.pop("default_member_permissions"),
    "no_options_key_on_help": lambda c: _sub(c, "help").pop("options", None),
    "optional_flags_spelled_out": lambda c: _sub(c, "help").update(required=False),
}


async def _start_then_restart(start_bot, answerer, fake: FakeDiscord, edit) -> int:
    """Sync once, edit Discord's copy, start again: how many uploads happened in all."""
    async with start_bot(answerer):
        pass
    [csto] = fake.commands[GUILD_ID]
    edit(csto)
    async with start_bot(answerer):
        pass
    return len(fake.calls_to("PUT", GUILD_COMMANDS))


@pytest.mark.parametrize("field", list(STALE))
async def test_a_changed_field_is_synced(start_bot, answerer, fake_discord: FakeDiscord, field):
    """A command whose copy on Discord differs in any field is uploaded again at start-up."""
    assert await _start_then_restart(start_bot, answerer, fake_discord, STALE[field]) == 2


@pytest.mark.parametrize("spelling", list(SAME))
async def test_the_same_commands_are_not_synced(
    start_bot, answerer, fake_discord: FakeDiscord, spelling
):
    """Defaults Discord fills in and orders it ignores do not count as changes."""
    assert await _start_then_restart(start_bot, answerer, fake_discord, SAME[spelling]) == 1


async def test_localizations_are_read_back_to_compare(start_bot, answerer, fake_discord):
    """The comparison asks Discord for the localization dictionaries it leaves out by default."""
    async with start_bot(answerer):
        pass
    reads = fake_discord.calls_to("GET", GUILD_COMMANDS)
    assert reads
    assert all(read.query.get("with_localizations") == "true" for read in reads)


async def test_global_commands_compare_alike(start_bot, answerer, fake_discord: FakeDiscord):
    """Without a guild the global copy is read, compared and left alone when unchanged."""
    async with start_bot(answerer, guild_id=None):
        pass
    async with start_bot(answerer, guild_id=None):
        pass
    assert len(fake_discord.calls_to("PUT", GLOBAL_COMMANDS)) == 1
    [stale] = fake_discord.commands[None]
    stale["dm_permission"] = False
    async with start_bot(answerer, guild_id=None):
        pass
    assert len(fake_discord.calls_to("PUT", GLOBAL_COMMANDS)) == 2
