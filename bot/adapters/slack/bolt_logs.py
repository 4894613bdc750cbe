"""Bolt's logger for our app, minus two lines: a body-dumping one and a misleading warning."""

from __future__ import annotations

import logging

from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped

BOLT_LOGGER = "bot.adapters.slack.bolt"
# Bolt reads SLACK_BOT_TOKEN from the environment and warns that it "will be unused" because we
# pass a client, which is built from that very token: nothing is unused.
_TOKEN_WARNING = warning_client_prioritized_and_token_skipped()
# Bolt logs the whole body of a request whose signature fails, at INFO: anyone could fill the
# log with it. The HTTP gate logs its own one-line refusal instead.
_SIGNATURE_FAILURE = "Invalid request signature detected"


def _keep(record: logging.LogRecord) -> bool:
    message = str(record.msg)
    return message != _TOKEN_WARNING and not message.startswith(_SIGNATURE_FAILURE)


def bolt_logger() -> logging.Logger:
    """The logger to give Bolt; its filter is copied to the loggers Bolt derives from it."""
    logger = logging.getLogger(BOLT_LOGGER)
    if _keep not in logger.filters:
        logger.addFilter(_keep)
    return logger
