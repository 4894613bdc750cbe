"""HTTP mode's front door: size cap, signature and body shape are checked before Bolt runs.

Bolt's own check raises on a malformed timestamp and hands the error to the listeners' error
handler with the unsigned body, so nothing unverified may reach Bolt: the gate verifies with
slack_sdk's SignatureVerifier, refuses with one short log line (never the body), and marks what
it let through so the error boundary can tell a verified request from anything else.
"""

from __future__ import annotations

import logging
import re

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.signature import SignatureVerifier

# Slack's largest deliveries are a 40,000-character message carried twice (text and its
# rich_text block), up to about 480 KB when every character is JSON-escaped; our own
# 50-block answers coming back in block_actions stay under 300 KB. 512 KiB is above both and
# half of aiohttp's 1 MiB default, and every forged request costs at most that much memory.
MAX_BODY_BYTES = 512 * 1024
VERIFIED = "csto_signature_verified"  # key in Bolt's request context, set only here

_TIMESTAMP = re.compile(r"[0-9]{1,12}")  # int() alone would take "", "abc" badly, " 1_0" kindly
_SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")  # hmac.compare_digest raises on non-ASCII text
_CONTENT_TYPES = frozenset({"application/json", "application/x-www-form-urlencoded"})
_UTF8 = frozenset({"utf-8", "utf8"})

log = logging.getLogger("bot.adapters.slack")


class RefusedError(Exception):
    """A request the gate turns away: the HTTP status and a short reason for the log."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def _single(request: web.Request, name: str) -> str:
    """The one value of a signature header; missing or repeated headers are refused."""
    values = request.headers.getall(name, [])
    if len(values) != 1:
        raise RefusedError(401, f"{len(values)} {name} headers")
    return values[0]


def check_signature(verifier: SignatureVerifier, request: web.Request, text: str) -> None:
    """Refuse with 401 unless the headers are well formed and sign `text` within five minutes."""
    timestamp = _single(request, "X-Slack-Request-Timestamp")
    signature = _single(request, "X-Slack-Signature")
    if not _TIMESTAMP.fullmatch(timestamp) or not _SIGNATURE.fullmatch(signature):
        raise RefusedError(401, "malformed signature headers")
    if not verifier.is_valid(text, timestamp, signature):
        raise RefusedError(401, "bad or expired signature")


def _decode(raw: bytes) -> str:
    """Slack sends UTF-8; anything else cannot be a Slack request (nor be verified)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RefusedError(400, "body is not UTF-8") from error


def bolt_request(request: web.Request, text: str) -> AsyncBoltRequest:
    """The verified request for Bolt, or 400 when its body is not a Slack payload (an object)."""
    if request.content_type not in _CONTENT_TYPES:
        raise RefusedError(400, f"unexpected content type {request.content_type[:40]!r}")
    if request.charset is not None and request.charset.lower() not in _UTF8:
        raise RefusedError(400, "unexpected charset")
    try:
        # Bolt parses the body (and reads ids out of it) while building the request, outside
        # any handler: bad JSON raises ValueError there, a JSON value that is not an object
        # AttributeError or TypeError.
        bolt = AsyncBoltRequest(
            body=text,
            query=request.query_string,
            headers=dict(request.headers),
            context={VERIFIED: True},
        )
    except ValueError as error:
        raise RefusedError(400, "body is not valid JSON or form data") from error
    except (AttributeError, TypeError, KeyError, IndexError) as error:
        raise RefusedError(400, "body is not a Slack payload object") from error
    if not isinstance(bolt.body, dict):
        raise RefusedError(400, "body is not a JSON object")
    return bolt


_ERRORS = {400: "bad request", 401: "invalid request", 413: "request body too large"}


def _refusal(status: int, reason: str, size: int) -> web.Response:
    log.info("rejected Slack request: %s %s (%d bytes, body not logged)", status, reason, size)
    return web.json_response({"error": _ERRORS[status]}, status=status)


def slack_route(app: AsyncApp, signing_secret: str, path: str) -> web.RouteDef:
    """The POST route for Slack's requests: checked here, then dispatched into Bolt."""
    verifier = SignatureVerifier(signing_secret)

    async def handle(request: web.Request) -> web.StreamResponse:
        try:
            raw = await request.read()  # the app's client_max_size turns a larger body into 413
        except web.HTTPRequestEntityTooLarge:
            return _refusal(413, "body over the size cap", request.content_length or 0)
        try:
            text = _decode(raw)
            check_signature(verifier, request, text)
            bolt = bolt_request(request, text)
        except RefusedError as refused:
            return _refusal(refused.status, refused.reason, len(raw))
        return await to_aiohttp_response(await app.async_dispatch(bolt))

    return web.post(path, handle)
