"""A per-user cooldown shared by every way of asking (slash commands, mentions, buttons)."""

from __future__ import annotations

import time
from collections.abc import Callable


class Cooldown:
    """Allows one question per user per `seconds`; the clock is injectable for callers."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._seconds = seconds
        self._clock = clock
        self._last: dict[int, float] = {}

    def retry_after(self, user_id: int) -> float:
        """0.0 and start the user's cooldown when they may ask now, else seconds left to wait."""
        if self._seconds <= 0:
            return 0.0
        now = self._clock()
        last = self._last.get(user_id)
        if last is not None and now - last < self._seconds:
            return self._seconds - (now - last)
        self._last[user_id] = now
        if len(self._last) > 10_000:  # forget users whose cooldown has long ended
            self._last = {u: t for u, t in self._last.items() if now - t < self._seconds}
        return 0.0


def cooldown_notice(seconds_left: float) -> str:
    """The polite text shown to a user who asks again too soon."""
    wait = max(1, round(seconds_left))
    unit = "second" if wait == 1 else "seconds"
    return f"You're asking quickly — please wait {wait} {unit} before the next question."
