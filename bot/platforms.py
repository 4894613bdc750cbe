"""Which platforms to start, from Settings: each checks only the values it needs."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from bot.core.api import Answerer
from bot.health import HealthState
from bot.service import Platform
from bot.settings import Settings, SettingsError

if TYPE_CHECKING:
    from slack_sdk.web.async_client import AsyncWebClient

Mode = Literal["all", "discord", "slack-socket", "slack-http"]

NOTHING_CONFIGURED = (
    "No chat platform is configured, and this is not a terminal. Set DISCORD_TOKEN for Discord; "
    "SLACK_BOT_TOKEN and SLACK_APP_TOKEN for Slack Socket Mode; or SLACK_BOT_TOKEN and "
    "SLACK_SIGNING_SECRET (and SLACK_HTTP_PORT) for Slack over HTTP. See .env.example."
)


def wanted(settings: Settings, mode: Mode) -> list[str]:
    """The platform names to start in `mode`; SettingsError lists everything missing for them."""
    if mode == "discord":
        names = ["discord"]
    elif mode == "slack-socket":
        names = ["slack-socket"]
    elif mode == "slack-http":
        names = ["slack-http"]
    else:
        names = [
            name
            for name, on in (
                ("discord", settings.wants_discord),
                ("slack-socket", settings.wants_slack_socket),
                ("slack-http", settings.wants_slack_http),
            )
            if on
        ]
    problems = settings.stray_slack_problems() if mode == "all" else []
    for name in names:
        problems.extend(
            {
                "discord": settings.discord_problems,
                "slack-socket": settings.slack_socket_problems,
                "slack-http": settings.slack_http_problems,
            }[name]()
        )
    if problems:
        raise SettingsError(list(dict.fromkeys(problems)))
    return names


def build(
    names: Sequence[str],
    settings: Settings,
    answerer: Answerer,
    state: HealthState,
    *,
    sync_commands: bool = False,
    slack_client: AsyncWebClient | None = None,
) -> list[Platform]:
    """Platforms ready to serve; adapter modules are imported only for the platforms used.

    `slack_client` replaces the Slack Web API client (tests point it at a loopback fake).
    """
    platforms = []
    for name in names:
        if name == "discord":
            platforms.append(_discord(settings, answerer, sync_commands))
        elif name == "slack-socket":
            platforms.append(_slack_socket(settings, answerer, slack_client))
        else:
            platforms.append(_slack_http(settings, answerer, state, slack_client))
    return platforms


def _discord(settings: Settings, answerer: Answerer, sync: bool) -> Platform:
    from bot.adapters.discord.runner import serve_discord  # noqa: PLC0415 - lazy platform import

    config = settings.discord_config(sync=sync)

    async def serve(stop: asyncio.Event) -> None:
        await serve_discord(answerer, config, stop)

    return Platform("discord", serve)


def _slack_socket(
    settings: Settings, answerer: Answerer, client: AsyncWebClient | None
) -> Platform:
    from bot.adapters.slack.runner import serve_slack_socket  # noqa: PLC0415 - lazy platform import

    config = settings.slack_config(socket_mode=True)

    async def serve(stop: asyncio.Event) -> None:
        await serve_slack_socket(answerer, config, stop, client=client)

    return Platform("slack-socket", serve)


def _slack_http(
    settings: Settings, answerer: Answerer, state: HealthState, client: AsyncWebClient | None
) -> Platform:
    from bot.adapters.slack.runner import serve_slack_http  # noqa: PLC0415 - lazy platform import
    from bot.healthz import healthz_routes  # noqa: PLC0415 - imports aiohttp

    config = settings.slack_config(socket_mode=False)
    routes: Sequence[Any] = healthz_routes(state)

    async def serve(stop: asyncio.Event) -> None:
        await serve_slack_http(answerer, config, stop, extra_routes=routes, client=client)

    return Platform("slack-http", serve)
