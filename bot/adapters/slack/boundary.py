"""Where Slack listener errors meet users: the traceback to the log, an apology to them."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.gate import VERIFIED
from bot.adapters.slack.render import render_notice

log = logging.getLogger("bot.adapters.slack")

APOLOGY = "Sorry, something went wrong while answering. It has been logged; please try again."

ErrorHandler = Callable[..., Awaitable[BoltResponse | None]]


async def _tell_user(
    body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Apologise ephemerally: through the response URL, else as an ephemeral message."""
    apology = render_notice(APOLOGY).payload()
    if context.respond is not None and body.get("response_url"):
        await context.respond(response_type="ephemeral", replace_original=False, **apology)
        return
    event = body.get("event") or {}
    channel, user = event.get("channel"), event.get("user")
    if channel and user:
        thread_ts = event.get("thread_ts") or (None if channel.startswith("D") else event.get("ts"))
        await client.chat_postEphemeral(channel=channel, user=user, thread_ts=thread_ts, **apology)
        return
    log.warning("could not tell the user about the error: the request has no reply route")


def is_verified(request: AsyncBoltRequest) -> bool:
    """Whether the request is Slack's: over Socket Mode, or signed as the HTTP gate checked."""
    return request.mode == "socket_mode" or request.context.get(VERIFIED) is True


def error_boundary() -> ErrorHandler:
    """Build the `@app.error` handler."""

    async def on_error(  # noqa: PLR0917 - Bolt fills these by parameter name
        error: Exception,
        body: dict[str, Any],
        request: AsyncBoltRequest,
        response: BoltResponse | None,
        context: AsyncBoltContext,
        client: AsyncWebClient,
    ) -> BoltResponse | None:
        if not is_verified(request):
            # Its response_url, channel and user are anyone's words: act on none of them.
            log.warning("unverified Slack request failed (%s); nothing sent", type(error).__name__)
            if response is None:  # already acknowledged: there is nothing left to answer
                return None
            return BoltResponse(status=401, body={"error": "invalid request"})
        log.error("Slack request failed (%s)", body.get("type") or "command", exc_info=error)
        if response is not None and "command" in body:
            # Not acknowledged yet: the apology becomes the acknowledgement itself.
            apology = {"response_type": "ephemeral", **render_notice(APOLOGY).payload()}
            return BoltResponse(
                status=200,
                body=json.dumps(apology),
                headers={"content-type": "application/json;charset=utf-8"},
            )
        try:
            await _tell_user(body, context, client)
        except Exception:  # the apology itself failed: log it, never fail silently
            log.exception("could not tell the user about the error")
        return None

    return on_error
