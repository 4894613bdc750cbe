"""The Bolt app: /csto, mentions, DMs and buttons -> core -> Block Kit, for both transports."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.boundary import error_boundary
from bot.adapters.slack.config import SlackConfig
from bot.adapters.slack.conversation import Place, action_place, command_place, event_place
from bot.adapters.slack.dedupe import SeenEvents
from bot.adapters.slack.feedback import (
    answer_gaps,
    is_gaps_command,
    register_feedback,
    with_feedback,
)
from bot.adapters.slack.markup import from_slack, unescape
from bot.adapters.slack.render import SHARE_ACTION_ID, SUGGEST_ACTION_PREFIX, render_answer
from bot.core.api import Answer, Answerer

COMMAND = "/csto"
HELP_WORDS = frozenset({"", "help", "?"})
log = logging.getLogger("bot.adapters.slack")


def _ask(answerer: Answerer, question: str, place: Place) -> Answer:
    """Answer a question, or explain what the bot can answer when there is no question."""
    if question.strip().lower() in HELP_WORDS:
        return answerer.help()
    return answerer.answer(question, place.context)


def _is_from_a_bot(event: dict[str, Any], context: AsyncBoltContext) -> bool:
    return bool(
        event.get("bot_id")
        or event.get("subtype")  # bot_message, message_changed, message_deleted, joins...
        or (context.bot_user_id and event.get("user") == context.bot_user_id)
    )


def _wants_answer(event: dict[str, Any], context: AsyncBoltContext) -> bool:
    """A user's mention in a channel, or a user's new message in a DM."""
    if _is_from_a_bot(event, context):
        return False
    if event.get("type") == "app_mention":
        # A mention inside a DM also arrives as message.im and is answered there.
        return not event.get("channel", "").startswith("D")
    return event.get("channel_type") == "im"


def _skip_repeats(seen: SeenEvents) -> Callable[..., Awaitable[BoltResponse | None]]:
    """Global middleware: a delivery whose event_id was already handled is acknowledged, not run."""

    async def skip_repeated_events(
        body: dict[str, Any], request: AsyncBoltRequest, next: Callable[[], Awaitable[None]]
    ) -> BoltResponse | None:
        event_id = body.get("event_id")
        repeated = (
            body.get("type") == "event_callback"
            and isinstance(event_id, str)
            and not seen.first_time(event_id)
        )
        if repeated:
            retry = request.headers.get("x-slack-retry-num", ["none"])[0]
            log.info("skipped repeated delivery of %s (retry %s)", event_id, retry)
            return BoltResponse(status=200, body="")
        await next()
        return None

    return skip_repeated_events


def build_app(
    answerer: Answerer, config: SlackConfig, client: AsyncWebClient | None = None
) -> AsyncApp:
    """Build the Bolt app with every listener; `client` defaults to the real Slack API."""
    app = AsyncApp(
        client=client or AsyncWebClient(token=config.bot_token),
        # Socket Mode needs no signing secret; "" keeps Bolt from reading the environment.
        signing_secret=config.signing_secret or "",
        logger=logging.getLogger("bot.adapters.slack.bolt"),
    )
    app.middleware(_skip_repeats(SeenEvents()))
    app.error(error_boundary())

    @app.command(COMMAND)
    async def slash_command(ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        if is_gaps_command(command):
            await answer_gaps(ack, respond, command, answerer, config.admin_user_ids)
            return
        place = command_place(command)
        answer = _ask(answerer, from_slack(command.get("text", "")), place)
        # The core is in-process and fast, so the answer itself is the acknowledgement.
        message = with_feedback(render_answer(answer, shareable=True), answer)
        await ack(response_type="ephemeral", **message.payload())

    async def chat_event(
        body: dict[str, Any],
        event: dict[str, Any],
        client: AsyncWebClient,
        context: AsyncBoltContext,
    ) -> None:
        if _wants_answer(event, context):
            await _reply_to_event(answerer, body, event, client)

    app.event("app_mention")(chat_event)
    app.event("message")(chat_event)  # every subtype arrives here; _wants_answer filters

    @app.action(re.compile(f"^{SUGGEST_ACTION_PREFIX}\\d+$"))
    async def suggestion(
        ack: AsyncAck,
        action: dict[str, Any],
        body: dict[str, Any],
        respond: AsyncRespond,
        client: AsyncWebClient,
    ) -> None:
        await ack()
        place = action_place(body)
        answer = _ask(answerer, unescape(action.get("value", "")), place)
        if place.ephemeral:
            message = with_feedback(render_answer(answer, shareable=True), answer).payload()
            await respond(response_type="ephemeral", replace_original=True, **message)
            return
        message = with_feedback(render_answer(answer), answer).payload()
        await client.chat_postMessage(channel=place.channel, thread_ts=place.thread_ts, **message)

    @app.action(SHARE_ACTION_ID)
    async def share(
        ack: AsyncAck, action: dict[str, Any], body: dict[str, Any], respond: AsyncRespond
    ) -> None:
        await ack()
        answer = _ask(answerer, unescape(action.get("value", "")), action_place(body))
        message = render_answer(answer).payload()
        await respond(response_type="in_channel", replace_original=False, **message)
        await respond(delete_original=True)

    register_feedback(app, answerer)
    return app


async def _reply_to_event(
    answerer: Answerer,
    body: dict[str, Any],
    event: dict[str, Any],
    client: AsyncWebClient,
) -> None:
    """Answer a mention or DM in its place."""
    place = event_place(body, event)
    question = from_slack(event.get("text", ""))
    answer = _ask(answerer, question, place)
    message = with_feedback(render_answer(answer), answer).payload()
    await client.chat_postMessage(channel=place.channel, thread_ts=place.thread_ts, **message)
