"""Settings are built from explicit mappings, validated one line per problem, secrets hidden."""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

import pytest

from bot.runtime.knowledge import PACKAGED_KNOWLEDGE
from bot.runtime.logging_setup import configure_logging
from bot.runtime.platforms import wanted
from bot.runtime.settings import Settings, SettingsError

DISCORD_SECRET = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.discord-secret-value"
BOT_SECRET = "xoxb-111-222-slack-bot-secret"
APP_SECRET = "xapp-1-A111-333-slack-app-secret"
SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"

FULL = {
    "DISCORD_TOKEN": DISCORD_SECRET,
    "DISCORD_GUILD_ID": "123456789012345678",
    "DISCORD_MESSAGE_CONTENT": "true",
    "DISCORD_COOLDOWN_SECONDS": "1.5",
    "SHARD_COUNT": "2",
    "SHARD_IDS": "0,1",
    "SLACK_BOT_TOKEN": BOT_SECRET,
    "SLACK_APP_TOKEN": APP_SECRET,
    "SLACK_SIGNING_SECRET": SIGNING_SECRET,
    "SLACK_HTTP_PORT": "8080",
    "SLACK_HTTP_HOST": "127.0.0.1",
    "KNOWLEDGE_DIR": "/srv/knowledge",
    "KNOWLEDGE_WATCH": "off",
    "LOG_LEVEL": "debug",
    "LOG_FORMAT": "JSON",
    "LOG_USER_IDS": "yes",
    "HEALTH_FILE": "/run/csto/health.json",
}


def problems(mapping: dict[str, str]) -> list[str]:
    """The problem lines Settings reports for `mapping`."""
    with pytest.raises(SettingsError) as caught:
        Settings.from_mapping(mapping)
    return caught.value.problems


def test_full_mapping_parses_every_value():
    """Every variable is read and converted to its type."""
    settings = Settings.from_mapping(FULL)
    assert settings.discord_token is not None
    assert settings.discord_token.get_secret_value() == DISCORD_SECRET
    assert settings.discord_guild_id == 123456789012345678
    assert settings.discord_message_content is True
    assert settings.discord_cooldown_seconds == 1.5
    assert settings.shard_count == 2
    assert settings.shard_ids == (0, 1)
    assert settings.slack_http_port == 8080
    assert settings.slack_http_host == "127.0.0.1"
    assert settings.knowledge_dir == Path("/srv/knowledge")
    assert settings.knowledge_watch is False
    assert (settings.log_level, settings.log_format, settings.log_user_ids) == (
        "DEBUG",
        "json",
        True,
    )
    assert settings.health_file == Path("/run/csto/health.json")
    assert wanted(settings, "all") == ["discord", "slack-socket", "slack-http"]


def test_empty_mapping_gives_defaults_and_no_platform():
    """Nothing set: documented defaults, and no platform is wanted."""
    settings = Settings.from_mapping({})
    assert settings.knowledge_dir == PACKAGED_KNOWLEDGE
    assert settings.knowledge_watch is True
    assert (settings.log_level, settings.log_format, settings.log_user_ids) == (
        "INFO",
        "text",
        False,
    )
    assert settings.health_file.name == "csto-bot-health.json"
    assert settings.port == 3000
    assert wanted(settings, "all") == []


def test_blank_values_count_as_unset():
    """A copied .env.example with empty values behaves like an unset variable."""
    settings = Settings.from_mapping({"DISCORD_TOKEN": "", "DISCORD_GUILD_ID": "  "})
    assert settings.discord_token is None
    assert settings.discord_guild_id is None


def test_from_mapping_ignores_the_environment(monkeypatch):
    """An explicit mapping is the only input: the process environment does not leak in."""
    monkeypatch.setenv("DISCORD_TOKEN", DISCORD_SECRET)
    assert Settings.from_mapping({}).discord_token is None


def test_from_env_reads_environment_and_env_file(tmp_path, monkeypatch):
    """The .env file fills gaps and the environment wins over it."""
    env_file = tmp_path / ".env"
    env_file.write_text("LOG_LEVEL=warning\nDISCORD_GUILD_ID=42\n", encoding="utf-8")
    monkeypatch.setenv("LOG_LEVEL", "error")
    settings = Settings.from_env(env_file)
    assert settings.log_level == "ERROR"
    assert settings.discord_guild_id == 42


@pytest.mark.parametrize(
    ("variable", "value", "hint"),
    [
        ("DISCORD_GUILD_ID", "abc", "must be a Discord server id (digits)"),
        ("DISCORD_GUILD_ID", "-5", "must be a Discord server id (digits)"),
        ("DISCORD_MESSAGE_CONTENT", "maybe", "must be true or false"),
        ("DISCORD_COOLDOWN_SECONDS", "-1", "must be a number of seconds, 0 or more"),
        ("SHARD_COUNT", "0", "must be a whole number, 1 or more"),
        ("SLACK_HTTP_PORT", "70000", "must be a port number from 1 to 65535"),
        ("SLACK_HTTP_HOST", "a b", "must be a host name or IP address to listen on, e.g. 0.0.0.0"),
        ("KNOWLEDGE_WATCH", "sometimes", "must be true or false"),
        ("LOG_FORMAT", "xml", "must be text or json"),
        ("LOG_USER_IDS", "2", "must be true or false"),
    ],
)
def test_invalid_value_is_one_line_naming_the_variable(variable, value, hint):
    """Each invalid value gives exactly one line that names it and shows what it should be."""
    assert problems({variable: value}) == [f"{variable} {hint}, got {value!r}"]


def test_log_level_names_the_choices():
    """An unknown log level lists the accepted levels."""
    [line] = problems({"LOG_LEVEL": "loud"})
    assert line.startswith("LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR")


def test_shard_ids_must_be_numbers_below_the_count():
    """SHARD_IDS is a comma list of shard numbers below SHARD_COUNT, and needs SHARD_COUNT."""
    assert problems({"SHARD_IDS": "0,x", "SHARD_COUNT": "2"}) == [
        "SHARD_IDS must be comma-separated shard numbers, e.g. 0,1, got '0,x'"
    ]
    assert problems({"SHARD_IDS": "0,3", "SHARD_COUNT": "2"}) == [
        "SHARD_IDS must be below SHARD_COUNT (2), got [3]"
    ]
    assert problems({"SHARD_IDS": "0"}) == [
        "SHARD_IDS needs SHARD_COUNT (the total number of shards)"
    ]


@pytest.mark.parametrize(
    ("variable", "value", "hint"),
    [
        ("SLACK_APP_TOKEN", "xoxb-wrong-kind-of-token", "should start with xapp-"),
        ("SLACK_BOT_TOKEN", "xapp-wrong-kind-of-token", "should start with xoxb-"),
        ("DISCORD_TOKEN", "Bot abc.def.ghi", "should be the bare token, without the 'Bot ' prefix"),
        ("SLACK_SIGNING_SECRET", "abc def", "must not contain spaces"),
    ],
)
def test_invalid_secret_is_named_but_never_shown(variable, value, hint):
    """A bad secret is reported by name and shape, and its value appears nowhere in the error."""
    with pytest.raises(SettingsError) as caught:
        Settings.from_mapping({variable: value})
    [line] = caught.value.problems
    assert line.startswith(f"{variable} {hint}")
    rendered = str(caught.value) + repr(caught.value) + repr(caught.value.__cause__)
    assert value not in rendered
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None or value not in str(caught.value.__context__)


def test_secrets_hidden_in_repr_str_and_dump():
    """repr, str, model_dump and model_dump_json never show a secret value."""
    settings = Settings.from_mapping(FULL)
    shown = [repr(settings), str(settings), str(settings.model_dump()), settings.model_dump_json()]
    for text in shown:
        for secret in (DISCORD_SECRET, BOT_SECRET, APP_SECRET, SIGNING_SECRET):
            assert secret not in text
    assert "**********" in repr(settings)


def test_secrets_hidden_in_logs():
    """Logging the settings, or a message that contains a secret, shows no secret value."""
    settings = Settings.from_mapping(FULL)
    stream = io.StringIO()
    configure_logging("DEBUG", "text", settings.secret_values(), stream=stream)
    log = logging.getLogger("tests.settings")
    log.info("settings %s", settings)
    log.info("oops %s", settings.discord_token.get_secret_value())  # type: ignore[union-attr]
    log.warning("pasted %s and %s", BOT_SECRET, SIGNING_SECRET)
    output = stream.getvalue()
    assert output.count("\n") == 3
    for secret in (DISCORD_SECRET, BOT_SECRET, APP_SECRET, SIGNING_SECRET):
        assert secret not in output
    assert "[redacted]" in output


def test_each_platform_checks_only_what_it_needs():
    """Discord needs its token; Socket Mode bot+app tokens; HTTP bot token+signing secret."""
    settings = Settings.from_mapping({"SLACK_APP_TOKEN": APP_SECRET})
    with pytest.raises(SettingsError) as caught:
        wanted(settings, "all")
    assert caught.value.problems == [
        "SLACK_BOT_TOKEN is not set: it should be the Bot User OAuth Token, xoxb-..."
    ]
    # A broken Slack setup does not matter to `csto-bot discord`.
    assert wanted(Settings.from_mapping({"DISCORD_TOKEN": DISCORD_SECRET}), "discord") == [
        "discord"
    ]
    with pytest.raises(SettingsError) as caught:
        wanted(Settings.from_mapping({"SLACK_BOT_TOKEN": BOT_SECRET}), "slack-http")
    assert caught.value.problems == [
        "SLACK_SIGNING_SECRET is not set: it should be the Signing Secret from Basic Information"
    ]
    with pytest.raises(SettingsError) as caught:
        wanted(Settings.from_mapping({}), "discord")
    assert caught.value.problems == [
        "DISCORD_TOKEN is not set: it should be the bot token from the Discord developer portal"
    ]


def test_slack_bot_token_alone_is_reported():
    """A Slack bot token with neither Socket Mode nor HTTP configured is called out."""
    with pytest.raises(SettingsError) as caught:
        wanted(Settings.from_mapping({"SLACK_BOT_TOKEN": BOT_SECRET}), "all")
    [line] = caught.value.problems
    assert "SLACK_APP_TOKEN" in line
    assert "SLACK_SIGNING_SECRET" in line


def test_socket_and_http_are_selected_independently():
    """The app token selects Socket Mode; the signing secret selects HTTP."""
    socket = Settings.from_mapping({"SLACK_BOT_TOKEN": BOT_SECRET, "SLACK_APP_TOKEN": APP_SECRET})
    http = Settings.from_mapping(
        {"SLACK_BOT_TOKEN": BOT_SECRET, "SLACK_SIGNING_SECRET": SIGNING_SECRET}
    )
    assert wanted(socket, "all") == ["slack-socket"]
    assert wanted(http, "all") == ["slack-http"]


def _env_example() -> tuple[dict[str, str], set[str]]:
    """.env.example's active assignments, and every variable it documents (commented or not)."""
    example = Path(__file__).parents[2] / ".env.example"
    active, documented = {}, set()
    for line in example.read_text(encoding="utf-8").splitlines():
        match = re.fullmatch(r"(#\s?)?([A-Z][A-Z0-9_]*)=(.*)", line)
        if match:
            documented.add(match[2])
            if match[1] is None:
                active[match[2]] = match[3]
    return active, documented


def test_env_example_as_is_starts_nothing_and_is_valid():
    """The shipped .env.example parses, wants no platform, and documents every variable."""
    active, documented = _env_example()
    assert wanted(Settings.from_mapping(active), "all") == []
    fields = {field.validation_alias for field in Settings.model_fields.values()}
    assert documented == fields


def test_env_example_overrides_no_default():
    """Copied as is, .env.example changes no setting: the image's own defaults stay in force."""
    active, _ = _env_example()
    assert Settings.from_mapping(active) == Settings.from_mapping({})
    assert not {"KNOWLEDGE_DIR", "HEALTH_FILE", "LOG_FORMAT", "SLACK_HTTP_HOST"} & set(active)
