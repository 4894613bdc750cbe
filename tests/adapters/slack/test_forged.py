"""Forged and malformed requests over real HTTP: refused before Bolt, with nothing sent anywhere."""

from __future__ import annotations

import json
import logging
import time

import pytest
from multidict import MultiDict
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.adapters.offload import OffLoopAnswerer
from bot.adapters.slack.app import build_app
from bot.adapters.slack.config import SlackConfig
from bot.adapters.slack.gate import MAX_BODY_BYTES
from bot.adapters.slack.render import SHARE_ACTION_ID
from tests.adapters.slack.fake_slack import (
    FakeSlack,
    command_body,
    event_body,
    payload_body,
    sign,
)
from tests.adapters.slack.harness import BoltServer, ServeBolt
from tests.adapters.slack.test_actions import block_actions
from tests.adapters.slack.test_events import mention
from tests.adapters.slack.test_safety import ExplodingAnswerer

TS = "X-Slack-Request-Timestamp"
SIG = "X-Slack-Signature"
FORM = "application/x-www-form-urlencoded"
GOOD_SIG = "v0=" + "0" * 64


def forged_headers(case: str, body: str) -> MultiDict[str]:
    """Headers of one forged request: each case breaks the signature headers in one way."""
    now = str(int(time.time()))
    signed = sign(body)
    cases: dict[str, list[tuple[str, str]]] = {
        "wrong secret": [(name, sign(body, secret="guess")[name]) for name in (TS, SIG)],
        "no signature headers": [],
        "timestamp abc": [(TS, "abc"), (SIG, GOOD_SIG)],
        "timestamp empty": [(TS, ""), (SIG, GOOD_SIG)],
        "timestamp huge": [(TS, "9" * 5000), (SIG, GOOD_SIG)],
        "timestamp negative": [(TS, "-" + now), (SIG, GOOD_SIG)],
        "timestamp 1e9": [(TS, "1e9"), (SIG, GOOD_SIG)],
        "timestamp only": [(TS, now)],
        "signature only": [(SIG, signed[SIG])],
        "signature not hex": [(TS, now), (SIG, "v0=" + "zz" * 32)],
        "signature non-ASCII": [(TS, now), (SIG, "v0=\u00e9")],
        "timestamp doubled": [(TS, signed[TS]), (TS, "abc"), (SIG, signed[SIG])],
        "signature doubled": [(TS, signed[TS]), (SIG, signed[SIG]), (SIG, GOOD_SIG)],
    }
    return MultiDict([*cases[case], ("Content-Type", signed["Content-Type"])])


FORGED_CASES = [
    "wrong secret",
    "no signature headers",
    "timestamp abc",
    "timestamp empty",
    "timestamp huge",
    "timestamp negative",
    "timestamp 1e9",
    "timestamp only",
    "signature only",
    "signature not hex",
    "signature non-ASCII",
    "timestamp doubled",
    "signature doubled",
]


def forged_body(kind: str, fake: FakeSlack) -> tuple[str, str]:
    """A body naming a reply route on the fake Slack, and its content type."""
    if kind == "command":
        return command_body("What is the CSTO?", fake.response_url()), FORM
    if kind == "action":
        payload = block_actions(SHARE_ACTION_ID, "x", fake.response_url(), ephemeral=True)
        return payload_body(payload), FORM
    event = mention("What is the CSTO?", "1700000040.000100")
    return event_body(event, "EvForged"), "application/json"


@pytest.mark.parametrize("kind", ["command", "event", "action"])
@pytest.mark.parametrize("case", FORGED_CASES)
async def test_forged_request_gets_401_and_nothing_is_sent(
    serve_bolt: ServeBolt, case: str, kind: str
):
    """An unsigned command, mention or button press gets 401; no Slack call, no response_url."""
    async with serve_bolt(ExplodingAnswerer()) as bolt:
        body, content_type = forged_body(kind, bolt.fake)
        headers = forged_headers(case, body)
        headers["Content-Type"] = content_type
        reply = await bolt.post(body, headers)
        await _settle()
    assert reply.status == 401, reply.text
    assert "blocks" not in reply.text
    assert bolt.fake.calls == []


async def _settle() -> None:
    """Give a wrongly started background listener the time to reach the fake Slack."""
    import asyncio  # noqa: PLC0415 - only here

    await asyncio.sleep(0.2)


async def test_boundary_never_acts_on_a_request_bolt_could_not_verify(
    fake_slack: FakeSlack, slack_client, config: SlackConfig
):
    """Even dispatched straight into Bolt, an unverified failing request sends nothing."""
    app = build_app(OffLoopAnswerer(ExplodingAnswerer()), config, slack_client)
    body = command_body("What is the CSTO?", fake_slack.response_url())
    headers = {TS: "abc", SIG: GOOD_SIG, "Content-Type": FORM}
    response = await app.async_dispatch(AsyncBoltRequest(body=body, headers=headers))
    event = event_body(mention("What is the CSTO?", "1700000041.000100"), "EvDirect")
    json_headers = headers | {"Content-Type": "application/json"}
    await app.async_dispatch(AsyncBoltRequest(body=event, headers=json_headers))
    await _settle()
    assert response.status >= 400
    assert "blocks" not in response.body
    assert fake_slack.calls == []


MALFORMED: dict[str, tuple[bytes, str]] = {
    "invalid UTF-8 form": (b"text=\xff\xfe&command=/csto", FORM),
    "invalid UTF-8 JSON": (b'{"type": "event_callback", "x": "\xff"}', "application/json"),
    "payload not JSON": (b"payload=not-json", FORM),
    "payload JSON array": (b"payload=%5B1%2C2%5D", FORM),
    "payload JSON null": (b"payload=null", FORM),
    "JSON array": (b"[1, 2]", "application/json"),
    "JSON string": (b'"event_callback"', "application/json"),
    "JSON null": (b"null", "application/json"),
    "JSON number": (b"42", "application/json"),
    "truncated JSON": (b'{"type": "event_callback", "event": {"type": "app_', "application/json"),
    "form sent as JSON": (b"command=%2Fcsto&text=hi", "application/json"),
    "bogus charset": (b"command=%2Fcsto&text=hi", f"{FORM}; charset=bogus-8"),
    "unknown content type": (b"command=%2Fcsto&text=hi", "text/xml"),
}


@pytest.mark.parametrize("case", list(MALFORMED))
async def test_malformed_signed_body_gets_400_and_one_log_line(
    bolt: BoltServer, caplog: pytest.LogCaptureFixture, case: str
):
    """A correctly signed but malformed body gets 400, one short log line and no traceback."""
    caplog.set_level(logging.DEBUG)
    body, content_type = MALFORMED[case]
    reply = await bolt.post(body, sign(body, content_type=content_type))
    assert reply.status == 400, reply.text
    assert bolt.fake.calls == []
    assert not [record for record in caplog.records if record.exc_info]
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
    rejected = [record for record in caplog.records if "rejected" in record.getMessage()]
    assert len(rejected) == 1


@pytest.mark.parametrize("case", list(MALFORMED))
async def test_malformed_unsigned_body_gets_401(bolt: BoltServer, case: str):
    """The same malformed bodies without a valid signature get 401 (or 400 when not UTF-8)."""
    body, content_type = MALFORMED[case]
    reply = await bolt.post(body, sign(body, secret="guess", content_type=content_type))
    expected = 400 if case.startswith("invalid UTF-8") else 401
    assert reply.status == expected, reply.text
    assert bolt.fake.calls == []


async def test_rejected_request_is_logged_as_one_line_without_its_body(
    bolt: BoltServer, caplog: pytest.LogCaptureFixture
):
    """An unsigned request's body (here with a user id) never reaches the log."""
    caplog.set_level(logging.DEBUG)
    body = command_body("MARKER-" + "x" * 50_000, bolt.fake.response_url(), user_id="U0SECRET")
    reply = await bolt.post(body, sign(body, secret="guess"))
    assert reply.status == 401
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "MARKER" not in logged
    assert "U0SECRET" not in logged
    assert len(logged) < 300


async def test_oversized_body_gets_413_before_anything_else(
    bolt: BoltServer, caplog: pytest.LogCaptureFixture
):
    """A body over the cap gets 413, signed or not, and is logged in one line without it."""
    caplog.set_level(logging.DEBUG)
    body = command_body("y" * MAX_BODY_BYTES, bolt.fake.response_url())
    for headers in (sign(body), sign(body, secret="guess")):
        reply = await bolt.post(body, headers)
        assert reply.status == 413
    assert bolt.fake.calls == []
    assert json.loads(reply.text) == {"error": "request body too large"}
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "yyyy" not in logged
    assert MAX_BODY_BYTES <= 600 * 1024 < 1024 * 1024  # below aiohttp's own 1 MiB default


async def test_body_just_under_the_cap_is_still_served(bolt: BoltServer):
    """A signed command near the cap (a long question) is answered, not refused."""
    body = command_body("What is the CSTO? " + "z" * (MAX_BODY_BYTES - 1000), "http://x/")
    assert len(body) < MAX_BODY_BYTES
    reply = await bolt.post(body, sign(body))
    assert reply.status == 200


async def test_bolt_never_logs_the_body_of_a_request_it_rejects(
    fake_slack: FakeSlack, slack_client, config: SlackConfig, caplog: pytest.LogCaptureFixture
):
    """Dispatched straight into Bolt, a badly signed body still stays out of the log."""
    caplog.set_level(logging.DEBUG)
    app = build_app(OffLoopAnswerer(ExplodingAnswerer()), config, slack_client)
    body = command_body("MARKER question", fake_slack.response_url(), user_id="U0SECRET")
    headers = sign(body, secret="guess")
    response = await app.async_dispatch(AsyncBoltRequest(body=body, headers=headers))
    assert response.status == 401
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "MARKER" not in logged
    assert "U0SECRET" not in logged


async def test_signed_url_verification_still_gets_its_challenge(bolt: BoltServer):
    """Slack's check of the events URL (signed JSON) passes the gate and gets the challenge."""
    body = json.dumps({"token": "legacy", "challenge": "c-123", "type": "url_verification"})
    reply = await bolt.post(body, sign(body, content_type="application/json"))
    assert reply.status == 200
    assert reply.json() == {"challenge": "c-123"}
