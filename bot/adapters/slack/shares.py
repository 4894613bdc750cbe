"""What each private answer showed, kept for its "Share in channel" button under a short id.

Sharing re-asks nothing: a follow-up re-asked later would be answered in another context.
A response_url works for 30 minutes, so nothing is kept longer; the store is bounded too, and
a press after expiry (or after a restart) gets an honest "expired" instead of another answer.
"""

from __future__ import annotations

import secrets

from bot.adapters.expiring import ExpiringMap
from bot.adapters.slack.render import SlackMessage

SHARE_TTL_SECONDS = 30 * 60.0
MAX_SHARES = 1000  # answers are a few KB each; this bounds the store to a few MB
EXPIRED = "This answer can no longer be shared (it expired). Ask again with `/csto`."


class SharedAnswers:
    """Messages waiting for their Share button, under unguessable short ids."""

    def __init__(self, ttl_seconds: float = SHARE_TTL_SECONDS, max_items: int = MAX_SHARES) -> None:
        self._messages: ExpiringMap[SlackMessage] = ExpiringMap(ttl_seconds, max_items)

    @staticmethod
    def new_id() -> str:
        """A fresh id for a Share button's value (16 characters; Slack allows 2000)."""
        return secrets.token_urlsafe(12)

    def keep(self, share_id: str, message: SlackMessage) -> None:
        """Store `message` under `share_id` until it is shared or expires."""
        self._messages.put(share_id, message)

    def take(self, share_id: str) -> SlackMessage | None:
        """The message for `share_id`, once; None when it expired or never existed."""
        return self._messages.pop(share_id)
