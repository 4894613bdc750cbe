"""👍 / 👎 and /csto gaps through the real discord.py client, logged to a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.discord.feedback import NOT_ADMIN, THANKS_FOR_DETAIL
from bot.core.engine import Engine
from bot.observability import LoggedAnswerer
from bot.questionlog.gaps import build_report
from bot.questionlog.log import LogOptions, QuestionLog
from bot.questionlog.writer import WriterLimits
from tests.adapters.discord import fake_discord
from tests.adapters.discord.fake_discord import message_from_callback
from tests.adapters.discord.payloads import EPHEMERAL, buttons_of

QUESTION = "When did Azerbaijan leave the CSTO?"
MODAL = 9  # interaction callback type: open a modal
MODAL_SUBMIT = 5  # interaction type: a modal was submitted


@pytest.fixture
def question_log(tmp_path: Path) -> Iterator[QuestionLog]:
    """A question log on a real file in the test's directory."""
    log = QuestionLog(LogOptions(tmp_path / "q.sqlite3", limits=WriterLimits(linger_seconds=0.01)))
    yield log
    log.close()


def submission(pressed: dict[str, Any], custom_id: str, text: str) -> dict[str, Any]:
    """The MODAL_SUBMIT interaction Discord sends when the user fills in the form."""
    number = int(pressed["id"]) + 1000
    field = {"type": 4, "custom_id": "fb:text", "value": text}
    return pressed | {
        "id": str(number),
        "token": f"interaction-token-{number}",
        "type": MODAL_SUBMIT,
        "data": {"custom_id": custom_id, "components": [{"type": 1, "components": [field]}]},
    }


async def test_thumbs_down_with_the_form_ends_up_in_gaps(
    start_bot, answerer: Engine, question_log: QuestionLog
):
    """An answer carries 👍/👎; 👎 opens the form; its text is stored and shows in the report."""
    async with start_bot(LoggedAnswerer(answerer, questions=question_log)) as bot:
        asked = await bot.fake.slash("ask", question=QUESTION)
        answer = await bot.fake.wait_for_callback(asked)
        ids = [button["custom_id"] for button in buttons_of(answer["data"])]
        [down] = [custom_id for custom_id in ids if custom_id.startswith("fb:down:")]
        pressed = await bot.fake.press_button(message_from_callback(answer), down)
        form = await bot.fake.wait_for_callback(pressed)
        submitted = submission(pressed, form["data"]["custom_id"], "Wrong year, it was 1999")
        await bot.fake.dispatch("INTERACTION_CREATE", submitted)
        thanks = await bot.fake.wait_for_callback(submitted)
    assert any(custom_id.startswith("fb:up:") for custom_id in ids)
    assert all(len(custom_id) <= 100 for custom_id in ids)
    assert form["type"] == MODAL
    assert thanks["data"]["content"] == THANKS_FOR_DETAIL
    assert thanks["data"]["flags"] & EPHEMERAL
    assert thanks["data"]["allowed_mentions"]["parse"] == []
    assert question_log.flush()
    [disliked] = build_report(question_log.path).disliked
    assert disliked.question == QUESTION
    assert disliked.comments == ["Wrong year, it was 1999"]
    assert disliked.facts


async def test_thumbs_up_is_recorded_without_a_form(
    start_bot, answerer: Engine, question_log: QuestionLog
):
    """👍 is stored at once and thanked privately (no cooldown applies to feedback)."""
    async with start_bot(
        LoggedAnswerer(answerer, questions=question_log), cooldown_seconds=60
    ) as bot:
        asked = await bot.fake.slash("ask", question=QUESTION)
        answer = await bot.fake.wait_for_callback(asked)
        [up] = [b["custom_id"] for b in buttons_of(answer["data"]) if "fb:up:" in b["custom_id"]]
        pressed = await bot.fake.press_button(message_from_callback(answer), up)
        thanks = await bot.fake.wait_for_callback(pressed)
    assert thanks["type"] == 4
    assert thanks["data"]["flags"] & EPHEMERAL
    assert question_log.flush()
    report = build_report(question_log.path)
    assert report.questions == 1
    assert report.disliked == []


async def test_gaps_is_refused_to_a_member_without_manage_server(
    start_bot, answerer: Engine, question_log: QuestionLog, monkeypatch: pytest.MonkeyPatch
):
    """/csto gaps from a member without Manage Server gets a polite private refusal."""
    member = fake_discord.member_payload
    monkeypatch.setattr(
        fake_discord, "member_payload", lambda user: member(user) | {"permissions": "2048"}
    )
    async with start_bot(LoggedAnswerer(answerer, questions=question_log)) as bot:
        asked = await bot.fake.slash("gaps")
        refusal = await bot.fake.wait_for_callback(asked)
    assert refusal["data"]["content"] == NOT_ADMIN
    assert refusal["data"]["flags"] & EPHEMERAL


async def test_gaps_shows_the_summary_to_a_server_manager(
    start_bot, answerer: Engine, question_log: QuestionLog
):
    """/csto gaps from a member with Manage Server lists the unanswered questions privately,
    and a logged @everyone in them pings nobody."""
    async with start_bot(LoggedAnswerer(answerer, questions=question_log)) as bot:
        for _ in range(2):
            asked = await bot.fake.slash("ask", question="@everyone who is the csto mascot")
            await bot.fake.wait_for_callback(asked)
        assert question_log.flush()
        gaps = await bot.fake.slash("gaps")
        [summary] = await bot.fake.wait_for_followups(gaps, 1)
    assert "mascot" in summary["content"]
    assert "2x" in summary["content"]
    assert len(summary["content"]) <= 2000
    assert "@everyone" not in summary["content"]
    assert summary["allowed_mentions"]["parse"] == []
    assert summary["flags"] & EPHEMERAL
