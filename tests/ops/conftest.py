"""Fixtures shared with the adapter tests: the loopback fakes of Discord and Slack."""

from tests.adapters.discord.fake_discord import fake_discord  # noqa: F401 - fixture
from tests.adapters.slack.fake_slack import fake_slack, slack_client  # noqa: F401 - fixtures
