"""Which platforms to start, from Settings, and each adapter wired up with its own config.

This is the one place where settings meet adapters: adapter modules are imported only for the
platforms in use, and each adapter's config is built here from the validated settings.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pydantic import SecretStr

from bot.core.api import Answerer
from bot.runtime.health import HealthState
from bot.runtime.service import Platform
from bot.runtime.settings import Settings, SettingsError

if TYPE_CHECKING:
    from slack_sdk.web.async_client import AsyncWebClient

    from bot.adapters.discord.config import DiscordConfig
    from bot.adapters.slack.config import SlackConfig

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
            platforms.append(_discord(settings, answerer, state, sync_commands))
        elif name == "slack-socket":
            platforms.append(_slack_socket(settings, answerer, slack_client))
        else:
            platforms.append(_slack_http(settings, answerer, state, slack_client))
    return platforms


def _discord(settings: Settings, answerer: Answerer, state: HealthState, sync: bool) -> Platform:
    from bot.adapters.discord.runner import serve_discord  # noqa: PLC0415 - lazy platform import

    config = discord_config(settings, sync=sync)

    def note(text: str) -> None:
        state.note("discord", text)

    async def serve(stop: asyncio.Event) -> None:
        await serve_discord(answerer, config, stop, note)

    return Platform("discord", serve)


def _slack_socket(
    settings: Settings, answerer: Answerer, client: AsyncWebClient | None
) -> Platform:
    from bot.adapters.slack.runner import serve_slack_socket  # noqa: PLC0415 - lazy platform import

    config = slack_config(settings, socket_mode=True)

    async def serve(stop: asyncio.Event) -> None:
        await serve_slack_socket(answerer, config, stop, client=client)

    return Platform("slack-socket", serve)


def _slack_http(
    settings: Settings, answerer: Answerer, state: HealthState, client: AsyncWebClient | None
) -> Platform:
    from bot.adapters.slack.runner import serve_slack_http  # noqa: PLC0415 - lazy platform import
    from bot.healthz import healthz_routes  # noqa: PLC0415 - imports aiohttp

    config = slack_config(settings, socket_mode=False)
    routes: Sequence[Any] = healthz_routes(state)

    async def serve(stop: asyncio.Event) -> None:
        await serve_slack_http(answerer, config, stop, extra_routes=routes, client=client)

    return Platform("slack-http", serve)


def discord_config(settings: Settings, sync: bool = False) -> DiscordConfig:
    """The Discord adapter's configuration; SettingsError if something it needs is missing."""
    from bot.adapters.discord.config import DiscordConfig  # noqa: PLC0415 - keeps Discord optional

    _raise_if(settings.discord_problems())
    assert settings.discord_token is not None  # checked just above
    return DiscordConfig(
        token=settings.discord_token.get_secret_value(),
        guild_id=settings.discord_guild_id,
        message_content_intent=settings.discord_message_content,
        cooldown_seconds=settings.discord_cooldown_seconds,
        shard_count=settings.shard_count,
        shard_ids=settings.shard_ids,
        sync_commands=True,
        force_sync=sync,
    )


def slack_config(settings: Settings, socket_mode: bool) -> SlackConfig:
    """The Slack adapter's configuration (Socket Mode or HTTP); SettingsError if incomplete."""
    from bot.adapters.slack.config import SlackConfig  # noqa: PLC0415 - keeps Slack optional

    problems = settings.slack_socket_problems() if socket_mode else settings.slack_http_problems()
    _raise_if(problems)
    return SlackConfig(
        bot_token=_reveal(settings.slack_bot_token),
        app_token=_reveal(settings.slack_app_token) if socket_mode else None,
        signing_secret=_reveal(settings.slack_signing_secret) if not socket_mode else None,
        http_port=settings.port,
        http_host=settings.slack_http_host,
        socket_mode=socket_mode,
        admin_user_ids=frozenset(settings.slack_admin_user_ids),
    )


def _raise_if(problems: list[str]) -> None:
    if problems:
        raise SettingsError(problems)


def _reveal(secret: SecretStr | None) -> str:
    return secret.get_secret_value() if secret is not None else ""
