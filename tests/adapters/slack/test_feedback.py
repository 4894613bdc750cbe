"""👍 / 👎, the modal and /csto gaps through the real Bolt app, logged to a real SQLite file."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.slack.config import SlackConfig
from bot.adapters.slack.feedback import DOWN_ACTION, FORM_CALLBACK, NOT_ADMIN, UP_ACTION
from bot.core.engine import Engine
from bot.observability import LoggedAnswerer
from bot.questionlog.gaps import build_report
from bot.questionlog.log import LogOptions, QuestionLog
from bot.questionlog.writer import WriterLimits
from tests.adapters.slack.fake_slack import APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, TEAM_ID
from tests.adapters.slack.harness import BoltServer, ServeBolt
from tests.adapters.slack.test_actions import block_actions

QUESTION = "When did Azerbaijan leave the CSTO?"
ADMIN = "U0ADMIN"


@pytest.fixture
def config() -> SlackConfig:
    """The harness config, with one admin allowed to run /csto gaps."""
    return SlackConfig(
        bot_token=BOT_TOKEN,
        app_token=APP_TOKEN,
        signing_secret=SIGNING_SECRET,
        admin_user_ids=frozenset({ADMIN}),
    )


@pytest.fixture
def question_log(tmp_path: Path) -> Iterator[QuestionLog]:
    """A question log on a real file in the test's directory."""
    log = QuestionLog(LogOptions(tmp_path / "q.sqlite3", limits=WriterLimits(linger_seconds=0.01)))
    yield log
    log.close()


@pytest.fixture
async def logged_bolt(
    serve_bolt: ServeBolt, engine: Engine, question_log: QuestionLog
) -> AsyncIterator[BoltServer]:
    """The Bolt app answering through a LoggedAnswerer."""
    async with serve_bolt(LoggedAnswerer(engine, questions=question_log)) as server:
        yield server


def feedback_buttons(body: dict[str, Any]) -> dict[str, str]:
    """action_id -> value of the 👍/👎 buttons in a message body."""
    return {
        element["action_id"]: element["value"]
        for block in body["blocks"]
        if block.get("block_id") == "fb"
        for element in block["elements"]
    }


def view_submission(view: dict[str, Any], text: str) -> dict[str, Any]:
    """The view_submission payload Slack sends when the modal is submitted with `text`."""
    values = {"why": {"text": {"type": "plain_text_input", "value": text}}}
    return {
        "type": "view_submission",
        "team": {"id": TEAM_ID, "domain": "test"},
        "user": {"id": "U0ASKER", "username": "asker", "team_id": TEAM_ID},
        "api_app_id": "A0APP",
        "token": "legacy",
        "trigger_id": "4.5.6",
        "view": view | {"id": "V0FORM", "team_id": TEAM_ID, "state": {"values": values}},
    }


async def test_thumbs_down_with_the_modal_ends_up_in_gaps(
    logged_bolt: BoltServer, question_log: QuestionLog
):
    """An answer carries 👍/👎; 👎 opens a modal; its text is stored and shows in the report."""
    answer = (await logged_bolt.command(QUESTION)).json()
    buttons = feedback_buttons(answer)
    press = block_actions(
        DOWN_ACTION, buttons[DOWN_ACTION], logged_bolt.fake.response_url(), ephemeral=True
    )
    assert (await logged_bolt.action(press)).status == 200
    opened = await logged_bolt.fake.wait_for_call("views.open")
    view = opened["view"]
    submitted = await logged_bolt.action(view_submission(view, "Wrong year, it was 1999"))
    assert submitted.status == 200
    assert set(buttons) == {UP_ACTION, DOWN_ACTION}
    assert view["callback_id"] == FORM_CALLBACK
    assert opened["trigger_id"] == "1.2.3"
    assert question_log.flush()
    [disliked] = build_report(question_log.path).disliked
    assert disliked.question == QUESTION
    assert disliked.comments == ["Wrong year, it was 1999"]


async def test_thumbs_up_is_thanked_privately(logged_bolt: BoltServer, question_log: QuestionLog):
    """👍 is acknowledged, stored, and thanked with an ephemeral message that pings nobody."""
    answer = (await logged_bolt.command(QUESTION)).json()
    value = feedback_buttons(answer)[UP_ACTION]
    press = block_actions(UP_ACTION, value, logged_bolt.fake.response_url("up"), ephemeral=True)
    assert (await logged_bolt.action(press)).status == 200
    [thanks] = await logged_bolt.fake.wait_for_calls("response:up")
    assert thanks["response_type"] == "ephemeral"
    assert "<!" not in thanks["text"]
    assert question_log.flush()
    assert build_report(question_log.path).questions == 1


async def test_gaps_is_refused_to_a_user_not_listed_as_admin(logged_bolt: BoltServer):
    """/csto gaps from anyone not in SLACK_ADMIN_USER_IDS gets a polite ephemeral refusal."""
    reply = await logged_bolt.command("gaps")
    assert reply.json()["response_type"] == "ephemeral"
    assert reply.json()["text"] == NOT_ADMIN


async def test_gaps_shows_the_summary_to_a_listed_admin(
    logged_bolt: BoltServer, question_log: QuestionLog
):
    """/csto gaps from a listed admin lists what went unanswered, within Slack's limits, and a
    logged channel mention in it stays inert."""
    for _ in range(3):
        await logged_bolt.command("<!channel> who is the csto mascot")
    assert question_log.flush()
    acknowledged = await logged_bolt.command("gaps", user_id=ADMIN)
    [body] = await logged_bolt.fake.wait_for_calls("response:r1")
    assert acknowledged.status == 200
    assert body["response_type"] == "ephemeral"
    assert "mascot" in body["text"]
    assert "3x" in body["text"]
    assert len(body["blocks"][0]["text"]["text"]) <= 3000
    assert "<!" not in body["text"]
