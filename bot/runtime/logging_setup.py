"""Structured logs: one line per event, as key=value text or JSON, with secrets redacted."""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, TextIO

# Token shapes redacted even when we were not told the value (e.g. a token pasted into a question).
TOKEN_PATTERN = re.compile(r"\b(?:xox[abposr]|xapp)-[A-Za-z0-9-]+")
# A Discord interaction's token sits in its webhook and callback URLs (live for 15 minutes), so
# an HTTP error that quotes the URL would log a credential.
URL_TOKEN_PATTERN = re.compile(r"(/(?:webhooks|interactions)/\d+/)[^/?\s\"']+")
REDACTED = "[redacted]"
_BARE = re.compile(r"^[^\s=\"']+$")


def log_event(logger: logging.Logger, event: str, level: int = logging.INFO, **fields: Any) -> None:
    """Log one event with structured fields (rendered as key=value or JSON keys)."""
    logger.log(level, event, extra={"fields": fields})


class Redactor:
    """Replaces known secret values, anything shaped like a Slack token, and the interaction
    tokens in Discord webhook and callback URLs."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        # Short values would redact ordinary words; real tokens are long.
        self._secrets = sorted({s for s in secrets if len(s) >= 8}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        """Return `text` with every secret replaced."""
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        text = URL_TOKEN_PATTERN.sub(rf"\1{REDACTED}", text)
        return TOKEN_PATTERN.sub(REDACTED, text)


class _StructuredFormatter(logging.Formatter):
    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self._redact = redact

    def fields(self, record: logging.LogRecord) -> dict[str, Any]:
        """The record as ordered fields: time, level, logger, event, then the extras."""
        fields: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "event": record.getMessage(),
        }
        extra = getattr(record, "fields", None)
        if isinstance(extra, Mapping):
            fields.update(extra)
        if record.exc_info:
            fields["exc"] = self.formatException(record.exc_info)
        return fields

    def format(self, record: logging.LogRecord) -> str:
        """Render the record on one line, then redact."""
        return self._redact(self.render(self.fields(record)))

    def render(self, fields: dict[str, Any]) -> str:
        """Render the fields on one line."""
        raise NotImplementedError


class TextFormatter(_StructuredFormatter):
    """`ts level logger event key=value ...` on one line; values with spaces are quoted."""

    def render(self, fields: dict[str, Any]) -> str:
        """Render the fields as key=value text."""
        head = [str(fields.pop("ts")), f"{fields.pop('level'):<7}", str(fields.pop("logger"))]
        event = str(fields.pop("event"))
        parts = [*head, _text_value(event)]
        parts.extend(f"{key}={_text_value(value)}" for key, value in fields.items())
        return " ".join(parts)


class JsonFormatter(_StructuredFormatter):
    """One JSON object per line."""

    def render(self, fields: dict[str, Any]) -> str:
        """Render the fields as a JSON object."""
        return json.dumps(fields, ensure_ascii=False, default=str)


def _text_value(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}"
    text = str(value)
    if _BARE.match(text):
        return text
    # json.dumps quotes and escapes newlines, so user text cannot forge extra log lines.
    return json.dumps(text, ensure_ascii=False)


def configure_logging(
    level: str = "INFO",
    fmt: str = "text",
    secrets: Iterable[str] = (),
    stream: TextIO | None = None,
) -> logging.Handler:
    """Send every logger's records to one stream handler with the chosen format; return it."""
    redact = Redactor(secrets)
    formatter: logging.Formatter = JsonFormatter(redact) if fmt == "json" else TextFormatter(redact)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    # Library chatter at INFO (every gateway heartbeat, every HTTP request) drowns the bot's own.
    for noisy in ("discord.gateway", "discord.http", "aiohttp.access", "watchfiles.main"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))
    return handler
