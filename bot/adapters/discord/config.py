"""What the Discord adapter needs to start; built by the settings object, never from env here."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class DiscordConfig:
    """Discord settings. `token` is kept out of repr so it never reaches a log line."""

    token: str = field(repr=False)
    guild_id: int | None = None
    message_content_intent: bool = False
    cooldown_seconds: float = 3.0
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    sync_commands: bool = True
    # Sync even when the commands Discord has already match ours (`csto-bot discord --sync`).
    force_sync: bool = False
    # An answer not ready this soon is acknowledged first ("thinking…"); Discord allows 3 s.
    defer_after_seconds: float = 0.5

    def __post_init__(self) -> None:
        if self.shard_ids is not None and self.shard_count is None:
            raise ValueError("SHARD_IDS needs SHARD_COUNT")
        if self.shard_ids is not None and self.shard_count is not None:
            outside = [i for i in self.shard_ids if not 0 <= i < self.shard_count]
            if outside:
                raise ValueError(f"SHARD_IDS {outside} are outside 0..{self.shard_count - 1}")
        if self.cooldown_seconds < 0:
            raise ValueError("DISCORD_COOLDOWN_SECONDS cannot be negative")
