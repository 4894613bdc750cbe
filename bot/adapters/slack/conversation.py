"""Where a Slack request came from: the core's Context, and where the reply goes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.core.api import Context

PLATFORM = "slack"


@dataclass(frozen=True, slots=True)
class Place:
    """The conversation a reply belongs to; `thread_ts` is None for a top-level reply."""

    context: Context
    channel: str
    thread_ts: str | None
    ephemeral: bool


def _context(team: str, channel: str, thread: str, user: str) -> Context:
    return Context(
        conversation=f"{PLATFORM}:{team}:{channel}:{thread}", platform=PLATFORM, user=user
    )


def _is_direct_message(channel: str, event: dict[str, Any]) -> bool:
    return event.get("channel_type") == "im" or channel.startswith("D")


def command_place(command: dict[str, Any]) -> Place:
    """A /csto invocation: ephemeral replies, remembered per user in that channel."""
    team, channel, user = command["team_id"], command["channel_id"], command["user_id"]
    # Slash replies are private, so each asker keeps their own follow-up thread.
    return Place(_context(team, channel, f"cmd-{user}", user), channel, None, ephemeral=True)


def event_place(body: dict[str, Any], event: dict[str, Any]) -> Place:
    """A mention (answered in its thread) or a DM (answered where it was written)."""
    team, channel, user = body.get("team_id", ""), event["channel"], event.get("user", "")
    if _is_direct_message(channel, event):
        thread_ts = event.get("thread_ts")
        return Place(_context(team, channel, thread_ts or "dm", user), channel, thread_ts, False)
    thread_ts = event.get("thread_ts") or event["ts"]
    return Place(_context(team, channel, thread_ts, user), channel, thread_ts, ephemeral=False)


def action_place(body: dict[str, Any]) -> Place:
    """A button press, continuing the conversation of the message that carried the button."""
    container = body.get("container") or {}
    team = (body.get("team") or {}).get("id", "")
    user = (body.get("user") or {}).get("id", "")
    channel = (body.get("channel") or {}).get("id") or container.get("channel_id", "")
    if container.get("is_ephemeral"):
        return Place(_context(team, channel, f"cmd-{user}", user), channel, None, ephemeral=True)
    message = body.get("message") or {}
    thread_ts = message.get("thread_ts") or container.get("thread_ts")
    if thread_ts is None and not channel.startswith("D"):
        thread_ts = message.get("ts") or container.get("message_ts")
    return Place(_context(team, channel, thread_ts or "dm", user), channel, thread_ts, False)
