"""Fixtures for the Slack adapter tests: the fake Slack, the real engine, the served Bolt app."""

from tests.adapters.slack.fake_slack import fake_slack, slack_client  # noqa: F401 - fixtures
from tests.adapters.slack.harness import (  # noqa: F401 - fixtures
    bolt,
    config,
    engine,
    knowledge_engine,
    serve_bolt,
)
