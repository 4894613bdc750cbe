"""👍 / 👎 under Slack answers, the "what was wrong?" modal, and `/csto gaps` for admins.

Feedback is acknowledged at once, never rate-limited like a question, and every reply is
ephemeral text that mentions nobody.
"""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.conversation import PLATFORM
from bot.adapters.slack.markup import escape
from bot.adapters.slack.render import BLOCK_LIMIT, SECTION_TEXT_LIMIT, SlackMessage
from bot.core.api import Answer
from bot.questionlog.answer import answer_id_of
from bot.questionlog.log import question_log_of

UP_ACTION = "fb_up"
DOWN_ACTION = "fb_down"
FORM_CALLBACK = "fb_why"
FORM_BLOCK = "why"
FORM_INPUT = "text"
COMMENT_LIMIT = 500
THANKS = "Thanks for the feedback."
NOT_ADMIN = "Sorry, only the bot's admins can see the question gaps."
LOG_OFF = "The question log is turned off on this bot, so there is nothing to show."
GAPS_WORD = "gaps"


def with_feedback(message: SlackMessage, answer: Answer) -> SlackMessage:
    """Add 👍 / 👎 to a logged, answered answer (when the block limit leaves room)."""
    answer_id = answer_id_of(answer)
    if answer_id is None or not answer.answered or len(message.blocks) >= BLOCK_LIMIT:
        return message
    block = {
        "type": "actions",
        "block_id": "fb",
        "elements": [
            _button("👍", UP_ACTION, answer_id),
            _button("👎", DOWN_ACTION, answer_id),
        ],
    }
    return dataclasses.replace(message, blocks=[*message.blocks, block])


def _button(emoji: str, action_id: str, answer_id: str) -> dict[str, Any]:
    text = {"type": "plain_text", "text": emoji, "emoji": True}
    return {"type": "button", "text": text, "action_id": action_id, "value": answer_id}


def feedback_form(answer_id: str) -> dict[str, Any]:
    """The 👎 modal: one optional multi-line input; the answer id rides in private_metadata."""
    field = {
        "type": "plain_text_input",
        "action_id": FORM_INPUT,
        "multiline": True,
        "max_length": COMMENT_LIMIT,
    }
    return {
        "type": "modal",
        "callback_id": FORM_CALLBACK,
        "private_metadata": answer_id,
        "title": {"type": "plain_text", "text": "What was wrong?"},
        "submit": {"type": "plain_text", "text": "Send"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            {
                "type": "input",
                "block_id": FORM_BLOCK,
                "optional": True,
                "label": {"type": "plain_text", "text": "What was wrong with the answer?"},
                "element": field,
            }
        ],
    }


def _comment(view: dict[str, Any]) -> str | None:
    values = (view.get("state") or {}).get("values") or {}
    value = (values.get(FORM_BLOCK) or {}).get(FORM_INPUT) or {}
    text = value.get("value")
    return text if isinstance(text, str) else None


def _user(body: dict[str, Any]) -> str | None:
    user = (body.get("user") or {}).get("id")
    return user if isinstance(user, str) else None


def register_feedback(app: AsyncApp, answerer: object) -> None:
    """Listen for 👍, 👎 and the 👎 form's submission."""
    log = question_log_of(answerer)

    @app.action(UP_ACTION)
    async def helpful(
        ack: AsyncAck, action: dict[str, Any], body: dict[str, Any], respond: AsyncRespond
    ) -> None:
        await ack()
        if log is not None:
            log.record_feedback(str(action.get("value", "")), True, None, PLATFORM, _user(body))
        await respond(response_type="ephemeral", replace_original=False, text=THANKS)

    @app.action(DOWN_ACTION)
    async def unhelpful(
        ack: AsyncAck, action: dict[str, Any], body: dict[str, Any], client: AsyncWebClient
    ) -> None:
        await ack()
        form = feedback_form(str(action.get("value", "")))
        await client.views_open(trigger_id=body["trigger_id"], view=form)

    @app.view(FORM_CALLBACK)
    async def explained(ack: AsyncAck, view: dict[str, Any], body: dict[str, Any]) -> None:
        await ack()
        if log is not None:
            answer_id = str(view.get("private_metadata", ""))
            log.record_feedback(answer_id, False, _comment(view), PLATFORM, _user(body))


def is_gaps_command(command: dict[str, Any]) -> bool:
    """`/csto gaps`."""
    return str(command.get("text", "")).strip().casefold() == GAPS_WORD


async def answer_gaps(
    ack: AsyncAck,
    respond: AsyncRespond,
    command: dict[str, Any],
    answerer: object,
    admins: frozenset[str],
) -> None:
    """The gaps summary for a listed admin; a polite refusal for everyone else."""
    if command.get("user_id") not in admins:
        await ack(response_type="ephemeral", text=NOT_ADMIN)
        return
    log = question_log_of(answerer)
    if log is None:
        await ack(response_type="ephemeral", text=LOG_OFF)
        return
    # Reading a large log can outlast Slack's 3-second acknowledgement: ack first, then reply.
    await ack()
    summary = await asyncio.to_thread(log.summary, SECTION_TEXT_LIMIT - 200)
    text = escape(summary)[:SECTION_TEXT_LIMIT]
    block = {"type": "section", "text": {"type": "mrkdwn", "text": text}}
    await respond(response_type="ephemeral", text=text, blocks=[block])
