"""The expiring map behind suggestion buttons: bounded, expiring, and safe across threads."""

from __future__ import annotations

import threading

from bot.adapters.expiring import ExpiringMap


def test_workers_and_the_loop_may_use_it_at_once():
    """Puts on worker threads while another thread reads: no error, and the bound holds."""
    store: ExpiringMap[str] = ExpiringMap(ttl_seconds=3600, max_items=50)
    errors: list[BaseException] = []

    def writer(prefix: str) -> None:
        try:
            for index in range(5000):
                store.put(f"{prefix}{index}", "question")
        except BaseException as error:
            errors.append(error)

    def reader() -> None:
        try:
            for index in range(5000):
                store.get(f"a{index}")
                store.pop(f"b{index}")
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(p,)) for p in "ab"]
    threads.append(threading.Thread(target=reader))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(store) <= 50


def test_entries_expire_and_the_oldest_go_first():
    """An entry outlives neither its TTL nor the bound."""
    now = [0.0]
    store: ExpiringMap[int] = ExpiringMap(ttl_seconds=10, max_items=2, clock=lambda: now[0])
    store.put("a", 1)
    store.put("b", 2)
    store.put("c", 3)
    assert store.get("a") is None and store.get("c") == 3
    now[0] = 11
    assert store.get("b") is None
