"""Run the Slack app over Socket Mode or HTTP until `stop` is set; bad credentials fail at start."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

import aiohttp
from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.offload import OffLoopAnswerer
from bot.adapters.slack.app import build_app
from bot.adapters.slack.config import SlackConfig
from bot.adapters.slack.gate import MAX_BODY_BYTES, slack_route
from bot.core.api import Answerer
from bot.runtime.errors import PlatformStartError

EVENTS_PATH = "/slack/events"
log = logging.getLogger("bot.adapters.slack")


def _api_failure(what: str, error: Exception) -> PlatformStartError:
    """One line for the operator, naming Slack's error code and never a token."""
    if isinstance(error, SlackApiError):
        return PlatformStartError(f"Slack rejected {what} ({error.response.get('error')})")
    return PlatformStartError(f"cannot reach the Slack API to check {what}: {error}")


async def _check_bot_token(config: SlackConfig, client: AsyncWebClient) -> None:
    """Fail fast on a missing, misplaced or rejected bot token (auth.test)."""
    if not config.bot_token:
        raise PlatformStartError("SLACK_BOT_TOKEN is missing (the xoxb- Bot User OAuth Token)")
    if not config.bot_token.startswith("xoxb-"):
        raise PlatformStartError("SLACK_BOT_TOKEN must be the Bot User OAuth Token (xoxb-...)")
    try:
        await client.auth_test()
    except (SlackApiError, aiohttp.ClientError, OSError) as error:
        raise _api_failure("SLACK_BOT_TOKEN", error) from error


def _client(config: SlackConfig, client: AsyncWebClient | None) -> AsyncWebClient:
    return client or AsyncWebClient(token=config.bot_token)


async def serve_slack_socket(
    answerer: Answerer,
    config: SlackConfig,
    stop: asyncio.Event,
    *,
    client: AsyncWebClient | None = None,
) -> None:
    """Serve over Socket Mode (no public URL) until `stop` is set."""
    if not config.app_token or not config.app_token.startswith("xapp-"):
        raise PlatformStartError(
            "Socket Mode needs SLACK_APP_TOKEN: an app-level token (xapp-...) "
            "with the connections:write scope"
        )
    web_client = _client(config, client)
    off_loop = OffLoopAnswerer(answerer)
    try:
        app = build_app(off_loop, config, web_client)  # refuses OAuth before any call to Slack
        await _check_bot_token(config, web_client)
        await _connect_and_wait(AsyncSocketModeHandler(app, config.app_token), stop)
    finally:
        off_loop.close()
    log.info("Slack: Socket Mode closed")


async def _connect_and_wait(handler: AsyncSocketModeHandler, stop: asyncio.Event) -> None:
    """Connect the Socket Mode handler, serve until `stop`, and close it."""
    try:
        try:
            # Asked here, not inside connect(), which would retry a rejected app token forever.
            handler.client.wss_uri = await handler.client.issue_new_wss_url()
        except (SlackApiError, aiohttp.ClientError, OSError) as error:
            raise _api_failure("SLACK_APP_TOKEN", error) from error
        await handler.connect_async()  # type: ignore[no-untyped-call]  # untyped in slack-bolt
        log.info("Slack: connected over Socket Mode")
        await stop.wait()
    finally:
        await handler.close_async()  # type: ignore[no-untyped-call]  # untyped in slack-bolt


def build_web_app(
    app: AsyncApp, signing_secret: str, extra_routes: Sequence[web.RouteDef] = ()
) -> web.Application:
    """The aiohttp application for HTTP mode: the gate, then Bolt, at /slack/events."""
    web_app = web.Application(client_max_size=MAX_BODY_BYTES)
    web_app.add_routes([slack_route(app, signing_secret, EVENTS_PATH), *extra_routes])
    return web_app


async def serve_slack_http(
    answerer: Answerer,
    config: SlackConfig,
    stop: asyncio.Event,
    extra_routes: Sequence[web.RouteDef] = (),
    *,
    client: AsyncWebClient | None = None,
) -> None:
    """Serve Events API, commands and interactivity over HTTP until `stop` is set."""
    if not config.signing_secret:
        raise PlatformStartError("Slack HTTP mode needs SLACK_SIGNING_SECRET")
    if config.http_port is None:
        raise PlatformStartError("Slack HTTP mode needs SLACK_HTTP_PORT")
    web_client = _client(config, client)
    off_loop = OffLoopAnswerer(answerer)
    try:
        bolt = build_app(off_loop, config, web_client)  # refuses OAuth before any call to Slack
        await _check_bot_token(config, web_client)
        web_app = build_web_app(bolt, config.signing_secret, extra_routes)
        await _listen_and_wait(web_app, config, stop)
    finally:
        off_loop.close()
    log.info("Slack: HTTP mode closed")


async def _listen_and_wait(
    web_app: web.Application, config: SlackConfig, stop: asyncio.Event
) -> None:
    """Serve `web_app` on the configured host and port until `stop`."""
    runner = web.AppRunner(web_app)
    await runner.setup()
    try:
        site = web.TCPSite(runner, config.http_host, config.http_port)
        try:
            await site.start()
        except OSError as error:
            where = f"{config.http_host}:{config.http_port}"
            raise PlatformStartError(f"cannot listen on {where}: {error.strerror}") from error
        log.info(
            "Slack: HTTP mode listening on %s:%s%s", config.http_host, config.http_port, EVENTS_PATH
        )
        await stop.wait()
    finally:
        await runner.cleanup()
