"""The Slack app manifests users paste: what the adapter listens to, and no scope more."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from bot.adapters.slack.app import COMMAND
from bot.adapters.slack.runner import EVENTS_PATH

ROOT = Path(__file__).resolve().parents[3]
SOCKET = ROOT / "slack-manifest.yaml"
HTTP = ROOT / "slack-manifest.http.yaml"
# chat:write for replies and apologies (chat.postMessage, chat.postEphemeral), commands for
# /csto, app_mentions:read and im:history for the two events. Nothing opens or lists DMs.
SCOPES = {"app_mentions:read", "chat:write", "commands", "im:history"}


def load(path: Path) -> dict[str, Any]:
    """One manifest as data."""
    return dict(yaml.safe_load(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", [SOCKET, HTTP], ids=["socket", "http"])
def test_manifest_matches_what_the_adapter_serves(path: Path):
    """Scopes (exactly those used), events, /csto, interactivity and the DM tab are declared."""
    manifest = load(path)
    assert manifest["display_information"]["name"]
    assert manifest["features"]["bot_user"]["display_name"]
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == SCOPES
    assert manifest["oauth_config"]["scopes"].get("user") is None
    [command] = manifest["features"]["slash_commands"]
    assert command["command"] == COMMAND
    assert command["usage_hint"]
    settings = manifest["settings"]
    assert set(settings["event_subscriptions"]["bot_events"]) == {"app_mention", "message.im"}
    assert settings["interactivity"]["is_enabled"] is True
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True  # DMs need it


def test_socket_manifest_uses_socket_mode_and_no_urls():
    """The default manifest needs no public URL."""
    manifest = load(SOCKET)
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert "request_url" not in manifest["settings"]["event_subscriptions"]
    assert "url" not in manifest["features"]["slash_commands"][0]


def test_http_manifest_is_ready_for_http_mode():
    """HTTP mode: Socket Mode off, and events, buttons and /csto all sent to /slack/events."""
    manifest = load(HTTP)
    settings = manifest["settings"]
    assert settings["socket_mode_enabled"] is False
    urls = {
        settings["event_subscriptions"]["request_url"],
        settings["interactivity"]["request_url"],
        manifest["features"]["slash_commands"][0]["url"],
    }
    [url] = urls  # one URL, so one search-and-replace of the host
    parts = urlsplit(url)
    assert parts.scheme == "https"
    assert parts.path == EVENTS_PATH


def test_the_two_manifests_differ_only_in_transport():
    """Apart from Socket Mode and the URLs, the HTTP manifest is the default one."""
    http = load(HTTP)
    socket = load(SOCKET)
    stripped = copy.deepcopy(http)
    del stripped["settings"]["event_subscriptions"]["request_url"]
    del stripped["settings"]["interactivity"]["request_url"]
    del stripped["features"]["slash_commands"][0]["url"]
    stripped["settings"]["socket_mode_enabled"] = True
    assert stripped == socket
