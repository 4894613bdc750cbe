"""A bounded map whose entries expire: the oldest go first, and none outlives its TTL."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

V = TypeVar("V")


class ExpiringMap(Generic[V]):
    """At most `max_items` entries, each kept for `ttl_seconds` after it was put; thread-safe
    (answers are rendered on worker threads while the event loop reads the same map)."""

    def __init__(
        self, ttl_seconds: float, max_items: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._ttl = ttl_seconds
        self._max = max_items
        self._clock = clock
        self._items: OrderedDict[str, tuple[float, V]] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, key: str, value: V) -> None:
        """Keep `value` under `key`, forgetting the oldest entries beyond the bound."""
        with self._lock:
            self._forget_expired()
            self._items[key] = (self._clock(), value)
            self._items.move_to_end(key)
            while len(self._items) > self._max:
                self._items.popitem(last=False)

    def get(self, key: str) -> V | None:
        """The live value under `key`, or None."""
        with self._lock:
            self._forget_expired()
            item = self._items.get(key)
        return None if item is None else item[1]

    def pop(self, key: str) -> V | None:
        """Remove and return the live value under `key`, or None."""
        with self._lock:
            self._forget_expired()
            item = self._items.pop(key, None)
        return None if item is None else item[1]

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def _forget_expired(self) -> None:
        now = self._clock()
        while self._items:
            put_at, _ = next(iter(self._items.values()))
            if now - put_at < self._ttl:
                return
            self._items.popitem(last=False)
