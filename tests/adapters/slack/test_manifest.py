"""The Slack app manifest users paste: what the adapter listens to, and no scope more."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.adapters.slack.app import COMMAND

MANIFEST = Path(__file__).resolve().parents[3] / "slack-manifest.yaml"


def test_manifest_matches_what_the_adapter_serves():
    """Scopes, events, the /csto command, interactivity and Socket Mode are all declared."""
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert manifest["display_information"]["name"]
    assert manifest["features"]["bot_user"]["display_name"]
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == {
        "app_mentions:read",
        "chat:write",
        "commands",
        "im:history",
        "im:read",
        "im:write",
    }
    assert manifest["oauth_config"]["scopes"].get("user") is None
    [command] = manifest["features"]["slash_commands"]
    assert command["command"] == COMMAND
    assert command["usage_hint"]
    settings = manifest["settings"]
    assert set(settings["event_subscriptions"]["bot_events"]) == {"app_mention", "message.im"}
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["socket_mode_enabled"] is True
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True  # DMs need it
