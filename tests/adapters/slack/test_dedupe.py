"""The memory of seen events: duplicates refused, bounded in size, forgotten after the TTL."""

from __future__ import annotations

from bot.adapters.slack.dedupe import SeenEvents


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_an_event_is_new_once():
    """The first sighting of an event id is new; the second is not."""
    seen = SeenEvents(clock=Clock())
    assert seen.first_time("Ev1")
    assert not seen.first_time("Ev1")
    assert seen.first_time("Ev2")


def test_events_are_forgotten_after_the_ttl():
    """After the TTL an event id is forgotten, so memory does not grow for ever."""
    clock = Clock()
    seen = SeenEvents(ttl_seconds=10, clock=clock)
    seen.first_time("Ev1")
    clock.now = 9.9
    assert not seen.first_time("Ev1")
    clock.now = 10.0
    assert seen.first_time("Ev1")
    assert len(seen) == 1


def test_memory_is_bounded_oldest_first():
    """Past max_events the oldest ids are dropped first."""
    seen = SeenEvents(max_events=3, clock=Clock())
    for number in range(5):
        seen.first_time(f"Ev{number}")
    assert len(seen) == 3
    assert seen.first_time("Ev0")
    assert not seen.first_time("Ev4")
