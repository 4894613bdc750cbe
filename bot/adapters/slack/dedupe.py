"""A bounded, expiring memory of Events API deliveries, so a retried event is answered once."""

from __future__ import annotations

import time
from collections.abc import Callable

from bot.adapters.expiring import ExpiringMap

# Slack retries a delivery three times within about an hour and a half; ten minutes of
# memory covers the retries that matter (the quick ones after a slow or lost acknowledgement).
DEFAULT_TTL_SECONDS = 600.0
DEFAULT_MAX_EVENTS = 10_000


class SeenEvents:
    """Event ids seen recently; the oldest are forgotten first, and none lives past its TTL."""

    def __init__(
        self,
        ttl_seconds: float = DEFAULT_TTL_SECONDS,
        max_events: int = DEFAULT_MAX_EVENTS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._seen: ExpiringMap[bool] = ExpiringMap(ttl_seconds, max_events, clock)

    def first_time(self, event_id: str) -> bool:
        """Remember `event_id`; True if it was not seen within the TTL."""
        if event_id in self._seen:
            return False
        self._seen.put(event_id, True)
        return True

    def __len__(self) -> int:
        return len(self._seen)
