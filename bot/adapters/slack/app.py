"""The Bolt app: /csto, mentions, DMs and buttons -> core -> Block Kit, for both transports."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.bolt_logs import bolt_logger
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
from bot.adapters.slack.question import SHORTENED_NOTE, cap_question
from bot.adapters.slack.render import (
    SHARE_ACTION_ID,
    SUGGEST_ACTION_PREFIX,
    SlackMessage,
    render_answer,
    render_notice,
    without_share,
)
from bot.adapters.slack.shares import EXPIRED, SharedAnswers
from bot.core.api import Answer, Context
from bot.runtime.errors import PlatformStartError

COMMAND = "/csto"
HELP_WORDS = frozenset({"", "help", "?"})
WORKING = "Looking that up…"
OAUTH_REFUSAL = (
    "SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are set, but csto-bot serves one workspace with "
    "SLACK_BOT_TOKEN and does not support OAuth installation: unset both and start again"
)
log = logging.getLogger("bot.adapters.slack")


class AsyncAnswerer(Protocol):
    """The core's calls as awaitables (bot.adapters.offload.OffLoopAnswerer runs them off-loop)."""

    async def answer(self, question: str, context: Context | None = None) -> Answer:
        """Answer one question."""

    async def help(self) -> Answer:
        """What the bot can answer."""


@dataclass(frozen=True, slots=True)
class Reply:
    """An answer and the note that goes with it (e.g. that the question was shortened)."""

    answer: Answer
    note: str | None

    def public(self) -> SlackMessage:
        """The message for everyone in the conversation, with 👍 / 👎 under an answer."""
        return with_feedback(render_answer(self.answer, note=self.note), self.answer)


async def _ask(answerer: AsyncAnswerer, text: str, place: Place) -> Reply:
    """Answer a question (capped), or explain what the bot can answer when there is none."""
    if text.strip().lower() in HELP_WORDS:
        return Reply(await answerer.help(), None)
    question, shortened = cap_question(text)
    answer = await answerer.answer(question, place.context)
    return Reply(answer, SHORTENED_NOTE if shortened else None)


def _private(reply: Reply, shares: SharedAnswers) -> SlackMessage:
    """The message only the asker sees, with a Share button that posts exactly what it shows."""
    if not reply.answer.answered:
        return reply.public()
    share_id = shares.new_id()
    private = render_answer(reply.answer, share_id=share_id, note=reply.note)
    # The shared copy is what the asker saw, without the Share button and the feedback buttons.
    shares.keep(share_id, without_share(private))
    return with_feedback(private, reply.answer)


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


def _bolt_app(config: SlackConfig, client: AsyncWebClient) -> AsyncApp:
    """The bare Bolt app; refuses the OAuth mode Bolt would pick from the environment."""
    app = AsyncApp(
        client=client,
        # Socket Mode needs no signing secret; "" keeps Bolt from reading the environment.
        signing_secret=config.signing_secret or "",
        logger=bolt_logger(),
    )
    if app.oauth_flow is not None or app.installation_store is not None:
        # Bolt turns to OAuth on its own when both variables are in the environment, and then
        # drops the bot token: refuse instead of serving a bot that acknowledges and never answers.
        raise PlatformStartError(OAUTH_REFUSAL)
    return app


def build_app(
    answerer: AsyncAnswerer, config: SlackConfig, client: AsyncWebClient | None = None
) -> AsyncApp:
    """Build the Bolt app with every listener; `client` defaults to the real Slack API."""
    app = _bolt_app(config, client or AsyncWebClient(token=config.bot_token))
    app.middleware(_skip_repeats(SeenEvents()))
    app.error(error_boundary())
    shares = SharedAnswers()

    @app.command(COMMAND)
    async def slash_command(ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        if is_gaps_command(command):
            await answer_gaps(ack, respond, command, answerer, config.admin_user_ids)
            return
        place = command_place(command)
        asking = asyncio.ensure_future(_ask(answerer, from_slack(command.get("text", "")), place))
        done, _ = await asyncio.wait({asking}, timeout=config.ack_budget_seconds)
        if done:  # as usual: the answer itself is the acknowledgement
            await ack(response_type="ephemeral", **_private(asking.result(), shares).payload())
            return
        # A burst has queued the core: acknowledge within Slack's 3 s, answer when ready.
        await ack(response_type="ephemeral", **render_notice(WORKING).payload())
        message = _private(await asking, shares).payload()
        await respond(response_type="ephemeral", replace_original=False, **message)

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
        ack: AsyncAck, action: dict[str, Any], body: dict[str, Any], respond: AsyncRespond
    ) -> None:
        await ack()
        place = action_place(body)
        reply = await _ask(answerer, unescape(action.get("value", "")), place)
        if place.ephemeral:
            message = _private(reply, shares).payload()
            await respond(response_type="ephemeral", replace_original=True, **message)
            return
        # Through the response URL, like /csto: chat.postMessage fails (not_in_channel) in
        # channels the bot was never invited to, though its buttons work there.
        await respond(
            response_type="in_channel",
            replace_original=False,
            thread_ts=place.thread_ts,
            **reply.public().payload(),
        )

    @app.action(SHARE_ACTION_ID)
    async def share(ack: AsyncAck, action: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        shown = shares.take(action.get("value", ""))
        if shown is None:
            notice = render_notice(EXPIRED).payload()
            await respond(response_type="ephemeral", replace_original=False, **notice)
            return
        await respond(response_type="in_channel", replace_original=False, **shown.payload())
        await respond(delete_original=True)

    register_feedback(app, answerer)
    return app


async def _reply_to_event(
    answerer: AsyncAnswerer, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient
) -> None:
    """Answer a mention or DM in its place."""
    place = event_place(body, event)
    reply = await _ask(answerer, from_slack(event.get("text", "")), place)
    message = reply.public().payload()
    await client.chat_postMessage(channel=place.channel, thread_ts=place.thread_ts, **message)
