"""A fake Discord (REST API + gateway) on 127.0.0.1 that the real discord.py client talks to.

Use the `fake_discord` fixture: it starts the fake and points `discord.http.Route.BASE` and
`DiscordWebSocket.DEFAULT_GATEWAY` at it. Tests inject user actions (messages, slash commands,
autocomplete, button presses) as gateway dispatches and read back the REST calls the bot made.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import discord
import pytest
import yarl
from aiohttp import WSMsgType, web
from aiohttp.test_utils import TestServer

from tests.adapters.discord.strict import INVALID_FORM_BODY, callback_problems, message_problems

TOKEN = "fake-bot-token"
APP_ID = 111111111111111111
BOT_ID = APP_ID  # Discord bots share the application's id
GUILD_ID = 222222222222222222
CHANNEL_ID = 333333333333333331
THREAD_ID = 333333333333333332
DM_CHANNEL_ID = 333333333333333333
USER_ID = 444444444444444441
OTHER_USER_ID = 444444444444444442
ROLE_ID = 555555555555555551
# Waits end after this long only so that a broken test fails instead of hanging.
HANG_GUARD_SECONDS = 10.0
UNKNOWN_INTERACTION = 10062  # Discord's code when an interaction token has expired
ALREADY_ACKNOWLEDGED = 40060  # ... when an interaction is answered a second time
TIMESTAMP = "2024-01-01T00:00:00.000000+00:00"

BOT_USER = {
    "id": str(BOT_ID),
    "username": "csto-bot",
    "discriminator": "0",
    "global_name": "CSTO bot",
    "avatar": None,
    "bot": True,
    "flags": 0,
}


def user_payload(user_id: int = USER_ID, name: str = "analyst") -> dict[str, Any]:
    """A Discord user object for a human."""
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
    }


def member_payload(user: dict[str, Any]) -> dict[str, Any]:
    """A guild member object wrapping `user`."""
    return {
        "user": user,
        "roles": [],
        "joined_at": TIMESTAMP,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "permissions": "2147483647",
    }


@dataclass
class Call:
    """One REST request the bot made."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    authorization: str | None
    arrived: float = field(default_factory=time.perf_counter)  # for `make bench`


@dataclass
class FakeDiscord:
    """The fake platform: records REST calls, serves a gateway, injects dispatches."""

    token: str = TOKEN
    calls: list[Call] = field(default_factory=list)
    identifies: list[dict[str, Any]] = field(default_factory=list)
    commands: dict[int | None, list[dict[str, Any]]] = field(default_factory=dict)
    # Set to a close code (e.g. 4014) to make the gateway refuse the next IDENTIFY.
    refuse_identify_with: int | None = None
    # (status, body) answers for the next command uploads, in order (e.g. a 429 or a 400).
    sync_failures: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    # Bodies refused with 400 / 50035 as Discord would, with why; the fixture fails the test.
    refused: list[tuple[Call, list[str]]] = field(default_factory=list)
    # Interaction ids whose token has expired: their callbacks get 404 Unknown interaction.
    expired_interactions: set[str] = field(default_factory=set)
    # Interaction ids already answered: a second callback is refused (400 / 40060) and fails.
    acknowledged: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._changed = asyncio.Condition()
        self._sockets: list[web.WebSocketResponse] = []
        self._shards: dict[web.WebSocketResponse, tuple[int, int]] = {}
        self._sequence = itertools.count(1)
        self.next_id = 900000000000000001  # the id the next message or interaction gets
        commands = r"/applications/\d+(/guilds/(?P<guild>\d+))?/commands"
        callback = r"/interactions/(?P<id>\d+)/(?P<token>[^/]+)/callback"
        original = r"/webhooks/\d+/(?P<token>[^/]+)/messages/@original"
        reaction = r"/channels/\d+/messages/\d+/reactions/[^/]+/@me"
        self._routes: list[tuple[str, re.Pattern[str], Callable[..., Any]]] = [
            ("GET", re.compile(r"/users/@me"), self._me),
            ("GET", re.compile(r"/oauth2/applications/@me"), self._application),
            ("GET", re.compile(r"/gateway(/bot)?"), self._gateway_info),
            ("GET", re.compile(commands), self._get_commands),
            ("PUT", re.compile(commands), self._put_commands),
            ("POST", re.compile(r"/channels/(?P<channel>\d+)/messages"), self._create_message),
            ("POST", re.compile(callback), self._callback),
            ("POST", re.compile(r"/webhooks/\d+/(?P<token>[^/]+)"), self._followup),
            ("PATCH", re.compile(original), self._edit_original),
            ("DELETE", re.compile(original), self._deleted),
            ("PUT", re.compile(reaction), self._deleted),
        ]
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self.server = TestServer(app, host="127.0.0.1")

    def _new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    # --- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on a free loopback port."""
        await self.server.start_server()

    async def close(self) -> None:
        """Close every gateway socket and stop listening."""
        for socket in list(self._sockets):
            await socket.close()
        await self.server.close()

    @property
    def rest_base(self) -> str:
        """The value for discord.http.Route.BASE."""
        return str(self.server.make_url("/api/v10"))

    @property
    def gateway_url(self) -> str:
        """The websocket URL of the fake gateway."""
        return str(self.server.make_url("/gateway")).replace("http://", "ws://")

    @property
    def open_sockets(self) -> int:
        """How many gateway connections are open now."""
        return len(self._sockets)

    # --- reading what the bot did ----------------------------------------------------------

    def calls_to(self, method: str, pattern: str) -> list[Call]:
        """Recorded calls whose method matches and whose path fully matches `pattern`."""
        regex = re.compile(pattern)
        return [c for c in self.calls if c.method == method and regex.fullmatch(c.path)]

    async def wait_for_calls(self, method: str, pattern: str, count: int = 1) -> list[Call]:
        """Wait until at least `count` matching calls arrived (the timeout guards a hang only)."""

        def enough() -> bool:
            return len(self.calls_to(method, pattern)) >= count

        async with asyncio.timeout(HANG_GUARD_SECONDS), self._changed:
            await self._changed.wait_for(enough)
        return self.calls_to(method, pattern)

    async def wait_for_identify(self, count: int = 1) -> list[dict[str, Any]]:
        """Wait until `count` shards have identified (and got READY)."""
        async with asyncio.timeout(HANG_GUARD_SECONDS), self._changed:
            await self._changed.wait_for(lambda: len(self.identifies) >= count)
        return self.identifies

    async def wait_for_callback(self, interaction: dict[str, Any]) -> dict[str, Any]:
        """The body of the callback the bot sent for an injected interaction."""
        path = f"/interactions/{interaction['id']}/{interaction['token']}/callback"
        calls = await self.wait_for_calls("POST", re.escape(path))
        return calls[0].json

    async def wait_for_followups(self, interaction: dict[str, Any], count: int) -> list[Any]:
        """The bodies of follow-up messages the bot sent for an interaction."""
        pattern = rf"/webhooks/{APP_ID}/{re.escape(interaction['token'])}"
        return [call.json for call in await self.wait_for_calls("POST", pattern, count)]

    async def wait_for_messages(self, channel_id: int, count: int = 1) -> list[Any]:
        """The bodies of messages the bot posted to a channel (or thread, or DM)."""
        calls = await self.wait_for_calls("POST", rf"/channels/{channel_id}/messages", count)
        return [call.json for call in calls]

    # --- injecting user actions ------------------------------------------------------------

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a gateway DISPATCH (op 0) to the shard that owns the event's guild."""
        frame = json.dumps({"op": 0, "t": event, "s": next(self._sequence), "d": data})
        guild_id = data.get("guild_id")
        for socket, (shard_id, shard_count) in list(self._shards.items()):
            # DMs go to shard 0, as Discord does; guild events to the guild's shard.
            owner = (int(guild_id) >> 22) % shard_count if guild_id else 0
            if owner == shard_id:
                await socket.send_str(frame)

    async def send_message(
        self,
        content: str,
        *,
        channel_id: int = CHANNEL_ID,
        user_id: int = USER_ID,
        mentions: tuple[int, ...] = (),
        guild: bool = True,
    ) -> dict[str, Any]:
        """Dispatch MESSAGE_CREATE as a user posting `content`; returns the message."""
        user = user_payload(user_id)
        message: dict[str, Any] = {
            "id": str(self._new_id()),
            "channel_id": str(channel_id),
            "author": user,
            "content": content,
            "timestamp": TIMESTAMP,
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [BOT_USER if m == BOT_ID else user_payload(m, "other") for m in mentions],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
        }
        if guild:
            message["guild_id"] = str(GUILD_ID)
            message["member"] = {k: v for k, v in member_payload(user).items() if k != "user"}
        await self.dispatch("MESSAGE_CREATE", message)
        return message

    async def slash(
        self, subcommand: str, *, user_id: int = USER_ID, guild: bool = True, **options: str
    ) -> dict[str, Any]:
        """Dispatch a /csto <subcommand> application command interaction (type 2)."""
        data = self._command_data(subcommand, options, focused=None)
        return await self._interact(2, data, user_id=user_id, guild=guild)

    async def autocomplete(
        self, subcommand: str, option: str, value: str, *, user_id: int = USER_ID
    ) -> dict[str, Any]:
        """Dispatch an autocomplete interaction (type 4) for one focused option."""
        data = self._command_data(subcommand, {option: value}, focused=option)
        return await self._interact(4, data, user_id=user_id, guild=True)

    async def press_button(
        self, message: dict[str, Any], custom_id: str, *, user_id: int = USER_ID
    ) -> dict[str, Any]:
        """Dispatch a component interaction (type 3): a user pressing a button on `message`."""
        data = {"custom_id": custom_id, "component_type": 2}
        return await self._interact(3, data, user_id=user_id, guild=True, message=message)

    def _command_data(
        self, subcommand: str, options: dict[str, str], focused: str | None
    ) -> dict[str, Any]:
        values = []
        for name, value in options.items():
            option: dict[str, Any] = {"name": name, "type": 3, "value": value}
            if name == focused:
                option["focused"] = True
            values.append(option)
        synced = self.commands.get(GUILD_ID) or self.commands.get(None) or []
        command_id = next((c["id"] for c in synced if c["name"] == "csto"), str(APP_ID + 7))
        return {
            "id": command_id,
            "name": "csto",
            "type": 1,
            "options": [{"name": subcommand, "type": 1, "options": values}],
        }

    async def _interact(
        self,
        kind: int,
        data: dict[str, Any],
        *,
        user_id: int,
        guild: bool,
        message: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        interaction_id = self._new_id()
        user = user_payload(user_id)
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(APP_ID),
            "type": kind,
            "data": data,
            "token": f"interaction-token-{interaction_id}",
            "version": 1,
            "locale": "en-US",
            "app_permissions": "2147483647",
            "attachment_size_limit": 8388608,
            "entitlements": [],
        }
        if guild:
            payload |= {
                "guild_id": str(GUILD_ID),
                "guild_locale": "en-US",
                "channel_id": str(CHANNEL_ID),
                "channel": {"id": str(CHANNEL_ID), "type": 0, "guild_id": str(GUILD_ID)},
                "member": member_payload(user),
                "authorizing_integration_owners": {"0": str(GUILD_ID)},
                "context": 0,
            }
        else:
            payload |= {
                "channel_id": str(DM_CHANNEL_ID),
                "channel": {"id": str(DM_CHANNEL_ID), "type": 1, "recipients": [user]},
                "user": user,
                "authorizing_integration_owners": {"0": str(GUILD_ID)},
                "context": 1,
            }
        if message is not None:
            payload["message"] = message
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    # --- gateway ---------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._sockets.append(socket)
        await socket.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 45000}}))
        try:
            async for frame in socket:
                if frame.type is not WSMsgType.TEXT:
                    continue
                await self._on_gateway_frame(socket, json.loads(frame.data))
        finally:
            self._sockets.remove(socket)
            self._shards.pop(socket, None)
        return socket

    async def _on_gateway_frame(self, socket: web.WebSocketResponse, frame: dict[str, Any]) -> None:
        if frame["op"] == 1:  # heartbeat
            await socket.send_str(json.dumps({"op": 11}))
        elif frame["op"] == 2:  # identify
            identify = frame["d"]
            self.identifies.append(identify)
            if self.refuse_identify_with is not None:
                await socket.close(code=self.refuse_identify_with)
                return
            shard = identify.get("shard") or [0, 1]
            self._shards[socket] = (shard[0], shard[1])
            owns_guild = (GUILD_ID >> 22) % shard[1] == shard[0]
            await socket.send_str(json.dumps(self._ready(shard, owns_guild)))
            if owns_guild:
                await socket.send_str(
                    json.dumps({"op": 0, "t": "GUILD_CREATE", "s": 2, "d": self._guild()})
                )
            async with self._changed:
                self._changed.notify_all()

    def _ready(self, shard: list[int], owns_guild: bool) -> dict[str, Any]:
        return {
            "op": 0,
            "t": "READY",
            "s": 1,
            "d": {
                "v": 10,
                "user": BOT_USER,
                "guilds": [{"id": str(GUILD_ID), "unavailable": True}] if owns_guild else [],
                "session_id": "fake-session",
                "resume_gateway_url": self.gateway_url,
                "shard": shard,
                "application": {"id": str(APP_ID), "flags": 0},
                "private_channels": [],
                "relationships": [],
            },
        }

    def _guild(self) -> dict[str, Any]:
        everyone = {
            "id": str(GUILD_ID),
            "name": "@everyone",
            "permissions": "2147483647",
            "position": 0,
            "color": 0,
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }
        moderators = everyone | {"id": str(ROLE_ID), "name": "moderators", "position": 1}
        return {
            "id": str(GUILD_ID),
            "name": "Analysts",
            "icon": None,
            "owner_id": str(USER_ID),
            "roles": [everyone, moderators],
            "emojis": [],
            "stickers": [],
            "features": [],
            "member_count": 2,
            "large": False,
            "unavailable": False,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "premium_tier": 0,
            "preferred_locale": "en-US",
            "members": [member_payload(BOT_USER)],
            "channels": [
                {
                    "id": str(CHANNEL_ID),
                    "type": 0,
                    "name": "general",
                    "position": 0,
                    "permission_overwrites": [],
                    "nsfw": False,
                    "parent_id": None,
                }
            ],
            "threads": [
                {
                    "id": str(THREAD_ID),
                    "type": 11,
                    "name": "csto questions",
                    "guild_id": str(GUILD_ID),
                    "parent_id": str(CHANNEL_ID),
                    "owner_id": str(USER_ID),
                    "message_count": 1,
                    "member_count": 1,
                    "rate_limit_per_user": 0,
                    "thread_metadata": {
                        "archived": False,
                        "auto_archive_duration": 1440,
                        "archive_timestamp": TIMESTAMP,
                        "locked": False,
                    },
                }
            ],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
        }

    # --- REST ------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body = await request.read()
        call = Call(
            method=request.method,
            path=path,
            query=dict(request.query),
            json=json.loads(body) if body else None,
            authorization=request.headers.get("Authorization"),
        )
        # Interaction callbacks and follow-ups carry no Authorization: the URL token is the key.
        webhook = path.startswith(("/interactions/", "/webhooks/"))
        problems = _problems(call)
        if not webhook and call.authorization != f"Bot {self.token}":
            response = _json({"message": "401: Unauthorized", "code": 0}, status=401)
        elif self._expired(call.path):
            response = _json({"message": "Unknown interaction", "code": UNKNOWN_INTERACTION}, 404)
        elif problems:
            self.refused.append((call, problems))
            response = _json(invalid_form_body(problems), 400)
        elif self._answered_before(call.path):
            self.refused.append((call, ["interaction has already been acknowledged"]))
            message = "Interaction has already been acknowledged."
            response = _json({"message": message, "code": ALREADY_ACKNOWLEDGED}, 400)
        else:
            response = self._route(call)
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()
        return response

    def _expired(self, path: str) -> bool:
        match = re.fullmatch(r"/interactions/(\d+)/[^/]+/callback", path)
        return match is not None and match[1] in self.expired_interactions

    def _answered_before(self, path: str) -> bool:
        """Whether this is a callback for an interaction that already has one (and note it)."""
        match = re.fullmatch(r"/interactions/(\d+)/[^/]+/callback", path)
        if match is None:
            return False
        if match[1] in self.acknowledged:
            return True
        self.acknowledged.add(match[1])
        return False

    def _route(self, call: Call) -> web.Response:
        for method, pattern, handler in self._routes:
            match = pattern.fullmatch(call.path)
            if method == call.method and match:
                return handler(call, **match.groupdict())  # type: ignore[no-any-return]
        return _json({"message": f"fake: no route {call.method} {call.path}", "code": 0}, 404)

    def _me(self, call: Call) -> web.Response:
        return _json(BOT_USER)

    def _application(self, call: Call) -> web.Response:
        return _json(
            {
                "id": str(APP_ID),
                "name": "csto-bot",
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": user_payload(USER_ID, "owner"),
                "verify_key": "0" * 64,
                "flags": 0,
            }
        )

    def _gateway_info(self, call: Call) -> web.Response:
        limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
        return _json({"url": self.gateway_url, "shards": 1, "session_start_limit": limit})

    def _get_commands(self, call: Call, guild: str | None) -> web.Response:
        stored = self.commands.get(int(guild) if guild else None, [])
        # Discord sends the localization dictionaries only when asked for them.
        if call.query.get("with_localizations") != "true":
            stored = [_without_localizations(command) for command in stored]
        return _json(stored)

    def _put_commands(self, call: Call, guild: str | None) -> web.Response:
        if self.sync_failures:
            status, body = self.sync_failures.pop(0)
            response = _json(body, status)
            if status == 429:
                # discord.py treats a 429 without Via as a Cloudflare ban, not a rate limit.
                response.headers["Via"] = "1.1 google"
            return response
        stored = []
        for command in call.json:
            entry = as_discord_returns(command, guild) | {
                "id": str(self._new_id()),
                "application_id": str(APP_ID),
                "version": "1",
            }
            stored.append(entry)
        self.commands[int(guild) if guild else None] = stored
        return _json(stored)

    def _create_message(self, call: Call, channel: str) -> web.Response:
        return _json(bot_message(self._new_id(), channel, call.json))

    def _callback(self, call: Call, id: str, token: str) -> web.Response:
        data = call.json.get("data") or {}
        interaction = {
            "id": id,
            "type": call.json["type"],
            "response_message_id": str(self._new_id()),
            "response_message_loading": False,
            "response_message_ephemeral": bool((data.get("flags") or 0) & 64),
        }
        result: dict[str, Any] = {"interaction": interaction}
        if call.json["type"] == 4:
            message = bot_message(self._new_id(), str(CHANNEL_ID), data)
            message["id"] = interaction["response_message_id"]
            result["resource"] = {"type": 4, "message": message}
        return _json(result)

    def _followup(self, call: Call, token: str) -> web.Response:
        return _json(bot_message(self._new_id(), str(CHANNEL_ID), call.json))

    def _edit_original(self, call: Call, token: str) -> web.Response:
        return _json(bot_message(self._new_id(), str(CHANNEL_ID), call.json))

    def _deleted(self, call: Call, **_: str) -> web.Response:
        return web.Response(status=204)


def invalid_form_body(problems: list[str]) -> dict[str, Any]:
    """Discord's 400 body for a refused message (discord.py reads the nested `_errors`)."""
    errors = [{"code": "BASE_TYPE_INVALID", "message": problem} for problem in problems]
    return {
        "message": "Invalid Form Body",
        "code": INVALID_FORM_BODY,
        "errors": {"_errors": errors},
    }


def _problems(call: Call) -> list[str]:
    """What Discord would refuse in a request that carries a message."""
    if call.method == "POST" and re.fullmatch(r"/interactions/\d+/[^/]+/callback", call.path):
        return callback_problems(call.json)
    message_post = call.method == "POST" and re.fullmatch(
        r"/channels/\d+/messages|/webhooks/\d+/[^/]+", call.path
    )
    edit = call.method == "PATCH" and call.path.startswith("/webhooks/")
    if message_post or (edit and call.json):
        return message_problems(call.json)
    return []


def as_discord_returns(command: dict[str, Any], guild: str | None) -> dict[str, Any]:
    """A command as Discord stores and returns it: defaults filled in, false and empty left out."""
    shaped = {
        "type": command.get("type") or 1,
        "name": command["name"],
        "description": command.get("description", ""),
        "name_localizations": command.get("name_localizations") or None,
        "description_localizations": command.get("description_localizations") or None,
        "default_member_permissions": _permissions(command.get("default_member_permissions")),
        "nsfw": bool(command.get("nsfw")),
        "contexts": command.get("contexts"),
        "integration_types": command.get("integration_types") or [0],
    }
    if guild:
        shaped["guild_id"] = guild
    else:
        shaped["dm_permission"] = command.get("dm_permission", True)
    if command.get("options"):
        shaped["options"] = [_option_as_returned(option) for option in command["options"]]
    return shaped


def _option_as_returned(option: dict[str, Any]) -> dict[str, Any]:
    shaped = {
        key: value
        for key, value in option.items()
        if key not in {"options", "required", "autocomplete", "choices"} and value is not None
    }
    shaped["name_localizations"] = option.get("name_localizations") or None
    shaped["description_localizations"] = option.get("description_localizations") or None
    for flag in ("required", "autocomplete"):
        if option.get(flag):
            shaped[flag] = True
    if option.get("choices"):
        shaped["choices"] = option["choices"]
    if option.get("options"):
        shaped["options"] = [_option_as_returned(child) for child in option["options"]]
    return shaped


def _permissions(value: Any) -> str | None:
    return None if value is None else str(value)


def _without_localizations(command: dict[str, Any]) -> dict[str, Any]:
    stripped = {
        key: value
        for key, value in command.items()
        if key not in {"name_localizations", "description_localizations"}
    }
    if "options" in command:
        stripped["options"] = [_without_localizations(option) for option in command["options"]]
    return stripped


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py parses JSON only when the Content-Type is exactly application/json.
    return web.Response(
        body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json"}
    )


def bot_message(message_id: int, channel_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """A message object as Discord returns it for a message the bot sent with `body`."""
    return {
        "id": str(message_id),
        "channel_id": channel_id,
        "author": BOT_USER,
        "content": body.get("content") or "",
        "timestamp": TIMESTAMP,
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": body.get("embeds") or [],
        "components": body.get("components") or [],
        "pinned": False,
        "type": 0,
        "flags": body.get("flags") or 0,
    }


def message_from_callback(callback: dict[str, Any]) -> dict[str, Any]:
    """The message Discord shows for an interaction callback (to press its buttons)."""
    return bot_message(APP_ID + 99, str(CHANNEL_ID), callback["data"]) | {"type": 20}


@pytest.fixture
async def fake_discord(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    """A running fake Discord with discord.py pointed at it for the duration of the test."""
    fake = FakeDiscord()
    await fake.start()
    monkeypatch.setattr(discord.http.Route, "BASE", fake.rest_base)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(fake.gateway_url)
    )
    yield fake
    await fake.close()
    refused = [f"{call.method} {call.path}: {problems}" for call, problems in fake.refused]
    assert not refused, f"Discord would have refused what the bot sent: {refused}"
