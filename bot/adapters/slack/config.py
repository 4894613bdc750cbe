"""What the Slack adapter needs to start; built by the settings, never from the environment here."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SlackConfig:
    """Tokens and transport for one Slack workspace. Secrets stay out of repr."""

    bot_token: str = field(repr=False)
    app_token: str | None = field(repr=False)
    signing_secret: str | None = field(repr=False)
    http_port: int | None = None
    http_host: str = "0.0.0.0"  # noqa: S104 - HTTP mode serves Slack from outside the host
    socket_mode: bool = True
    # Slack drops a /csto acknowledgement after 3 s; an answer not ready by then follows it.
    ack_budget_seconds: float = 2.0
    admin_user_ids: frozenset[str] = frozenset()  # who may run /csto gaps
