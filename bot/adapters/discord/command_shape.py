"""Command payloads normalised for comparison: ours (as we upload them) and Discord's copy.

Discord returns what we uploaded with its defaults filled in, false flags and empty lists left out,
and ids and versions added. Both sides are reduced to every field a user or a permission check
can notice, with Discord's defaults filled in, and orders Discord ignores sorted away.
"""

from __future__ import annotations

from typing import Any

Payload = dict[str, Any]

# Interaction contexts (guild, bot DM, private channel): a new command gets all of them.
ALL_CONTEXTS = [0, 1, 2]
# Installation types: a bot's commands are installed with the guild unless configured otherwise.
GUILD_INSTALL = [0]
# Option fields whose absence and None mean the same.
_OPTIONAL_LIMITS = ("min_value", "max_value", "min_length", "max_length")


def command_set(commands: list[Payload], *, global_scope: bool) -> list[Payload]:
    """A list of commands in comparable form; Discord keys commands by type and name."""
    shaped = [_command(command, global_scope=global_scope) for command in commands]
    return sorted(shaped, key=lambda command: (command["type"], command["name"]))


def _command(command: Payload, *, global_scope: bool) -> Payload:
    shape = {
        "type": command.get("type") or 1,
        "name": command.get("name"),
        "description": command.get("description") or "",
        **_localizations(command),
        "options": [_option(option) for option in command.get("options") or []],
        "nsfw": bool(command.get("nsfw")),
        "default_member_permissions": _permissions(command.get("default_member_permissions")),
        # Sets: Discord does not keep the order of either.
        "contexts": sorted(command.get("contexts") or ALL_CONTEXTS),
        "integration_types": sorted(command.get("integration_types") or GUILD_INSTALL),
    }
    if global_scope:
        # Guild commands have no DM setting; Discord returns none for them.
        dm_permission = command.get("dm_permission")
        shape["dm_permission"] = True if dm_permission is None else bool(dm_permission)
    return shape


def _option(option: Payload) -> Payload:
    """An option, subcommand or group; options and choices keep their order (Discord shows it)."""
    shape = {
        "type": option.get("type"),
        "name": option.get("name"),
        "description": option.get("description") or "",
        **_localizations(option),
        "required": bool(option.get("required")),
        "autocomplete": bool(option.get("autocomplete")),
        "choices": [_choice(choice) for choice in option.get("choices") or []],
        "channel_types": sorted(option.get("channel_types") or []),
        "options": [_option(child) for child in option.get("options") or []],
    }
    shape |= {key: option.get(key) for key in _OPTIONAL_LIMITS}
    return shape


def _choice(choice: Payload) -> Payload:
    return {
        "name": choice.get("name"),
        "value": choice.get("value"),
        "name_localizations": dict(choice.get("name_localizations") or {}),
    }


def _localizations(payload: Payload) -> Payload:
    # None, {} and a missing key all mean "no translations".
    return {
        "name_localizations": dict(payload.get("name_localizations") or {}),
        "description_localizations": dict(payload.get("description_localizations") or {}),
    }


def _permissions(value: Any) -> str | None:
    # We send the permission bits as a number; Discord returns them as a string.
    return None if value is None else str(value)
