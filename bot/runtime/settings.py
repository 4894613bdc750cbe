"""The one configuration object, built at start-up from a mapping of variables.

Nothing here runs at import and nothing here knows an adapter: the composition root turns these
values into each adapter's own config. Each platform checks only the values it needs
(`discord_problems`, `slack_socket_problems`, `slack_http_problems`), and every problem is a single
line that names the variable and says what it should look like. Secret values never appear in
messages or repr.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

from bot.runtime.environment import read_environment
from bot.runtime.health import default_health_file
from bot.runtime.knowledge import PACKAGED_KNOWLEDGE

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]
LogFormat = Literal["text", "json"]

DEFAULT_SLACK_HTTP_PORT = 3000

SECRET_VARIABLES = frozenset(
    {"DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"}
)

# What each variable should look like, for errors that pydantic itself raises (wrong type, range).
HINTS: dict[str, str] = {
    "DISCORD_TOKEN": "must be the bot token from the Discord developer portal",
    "DISCORD_GUILD_ID": "must be a Discord server id (digits)",
    "DISCORD_MESSAGE_CONTENT": "must be true or false",
    "DISCORD_COOLDOWN_SECONDS": "must be a number of seconds, 0 or more",
    "SHARD_COUNT": "must be a whole number, 1 or more",
    "SHARD_IDS": "must be comma-separated shard numbers, e.g. 0,1",
    "SLACK_BOT_TOKEN": "should start with xoxb-",
    "SLACK_APP_TOKEN": "should start with xapp-",
    "SLACK_SIGNING_SECRET": (
        "must be the Signing Secret from the Slack app's Basic Information page"
    ),
    "SLACK_HTTP_PORT": "must be a port number from 1 to 65535",
    "SLACK_HTTP_HOST": "must be a host name or IP address to listen on, e.g. 0.0.0.0",
    "KNOWLEDGE_DIR": "must be a directory path",
    "KNOWLEDGE_WATCH": "must be true or false",
    "LOG_LEVEL": "must be one of DEBUG, INFO, WARNING, ERROR",
    "LOG_FORMAT": "must be text or json",
    "LOG_USER_IDS": "must be true or false",
    "HEALTH_FILE": "must be a file path",
    "QUESTION_LOG": "must be true or false",
    "QUESTION_LOG_PATH": "must be a file path",
    "QUESTION_LOG_RETENTION_DAYS": "must be a number of days, more than 0",
    "QUESTION_LOG_MAX_MB": "must be a size in megabytes, more than 0",
    "SLACK_ADMIN_USER_IDS": "must be comma-separated Slack user ids, e.g. U012AB3CD,U045EF6GH",
}


class SettingsError(ValueError):
    """Raised when configuration is missing or invalid; each problem is one printable line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


def _secret(variable: str) -> Any:
    return Field(default=None, validation_alias=variable)


class Settings(BaseModel):
    """Every setting csto-bot reads, validated. Build with `from_mapping` or `from_env`."""

    model_config = ConfigDict(extra="ignore", hide_input_in_errors=True, frozen=True)

    discord_token: SecretStr | None = _secret("DISCORD_TOKEN")
    discord_guild_id: int | None = Field(default=None, gt=0, validation_alias="DISCORD_GUILD_ID")
    discord_message_content: bool = Field(default=False, validation_alias="DISCORD_MESSAGE_CONTENT")
    discord_cooldown_seconds: float = Field(
        default=3.0, ge=0, allow_inf_nan=False, validation_alias="DISCORD_COOLDOWN_SECONDS"
    )
    shard_count: int | None = Field(default=None, ge=1, validation_alias="SHARD_COUNT")
    shard_ids: tuple[int, ...] | None = Field(default=None, validation_alias="SHARD_IDS")
    slack_bot_token: SecretStr | None = _secret("SLACK_BOT_TOKEN")
    slack_app_token: SecretStr | None = _secret("SLACK_APP_TOKEN")
    slack_signing_secret: SecretStr | None = _secret("SLACK_SIGNING_SECRET")
    slack_http_port: int | None = Field(
        default=None, ge=1, le=65535, validation_alias="SLACK_HTTP_PORT"
    )
    # Slack must reach the HTTP endpoint from outside, so listen on every interface by default.
    slack_http_host: str = Field(
        default="0.0.0.0",  # noqa: S104 - the Slack HTTP endpoint is public by design
        min_length=1,
        pattern=r"^\S+$",
        validation_alias="SLACK_HTTP_HOST",
    )
    # The knowledge shipped inside the package, so every command finds it from any directory.
    knowledge_dir: Path = Field(default=PACKAGED_KNOWLEDGE, validation_alias="KNOWLEDGE_DIR")
    knowledge_watch: bool = Field(default=True, validation_alias="KNOWLEDGE_WATCH")
    log_level: LogLevel = Field(default="INFO", validation_alias="LOG_LEVEL")
    log_format: LogFormat = Field(default="text", validation_alias="LOG_FORMAT")
    log_user_ids: bool = Field(default=False, validation_alias="LOG_USER_IDS")
    # Resolved when read, not at import: a read-only container may have no temp directory.
    health_file: Path = Field(default_factory=default_health_file, validation_alias="HEALTH_FILE")
    # The question log (bot/questionlog); its default path is resolved at start-up.
    question_log: bool = Field(default=True, validation_alias="QUESTION_LOG")
    question_log_path: Path | None = Field(default=None, validation_alias="QUESTION_LOG_PATH")
    question_log_retention_days: float = Field(
        default=90.0, gt=0, allow_inf_nan=False, validation_alias="QUESTION_LOG_RETENTION_DAYS"
    )
    question_log_max_mb: float = Field(
        default=100.0, gt=0, allow_inf_nan=False, validation_alias="QUESTION_LOG_MAX_MB"
    )
    slack_admin_user_ids: tuple[str, ...] = Field(
        default=(), validation_alias="SLACK_ADMIN_USER_IDS"
    )

    @classmethod
    def from_env(cls, env_file: Path | None = Path(".env")) -> Settings:
        """Read the process environment and, when it exists, `env_file` (environment wins)."""
        return cls.from_mapping(read_environment(env_file))

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, str]) -> Settings:
        """Build from an explicit mapping of variable names to values; blank values are unset."""
        names = {field.validation_alias for field in cls.model_fields.values()}
        values: dict[str, Any] = {
            key: value for key, value in mapping.items() if key in names and value.strip()
        }
        try:
            return cls.model_validate(values)
        except ValidationError as error:
            raise SettingsError(_problems(error)) from None

    @field_validator("log_level", "log_format", mode="before")
    @classmethod
    def _normalise_case(cls, value: Any, info: Any) -> Any:
        if not isinstance(value, str):
            return value
        value = value.strip()
        return value.upper() if info.field_name == "log_level" else value.lower()

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _split_shard_ids(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",")]
            if not all(part.isdigit() for part in parts):
                raise ValueError(HINTS["SHARD_IDS"])
            return tuple(int(part) for part in parts)
        return value

    @field_validator("slack_admin_user_ids", mode="before")
    @classmethod
    def _split_admin_ids(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",") if part.strip()]
            if not all(part.isalnum() for part in parts):
                raise ValueError(HINTS["SLACK_ADMIN_USER_IDS"])
            return tuple(parts)
        return value

    @field_validator("discord_token")
    @classmethod
    def _check_discord_token(cls, value: SecretStr | None) -> SecretStr | None:
        token = value.get_secret_value() if value is not None else ""
        if token.lower().startswith("bot "):
            raise ValueError("should be the bare token, without the 'Bot ' prefix")
        if any(char.isspace() for char in token):
            raise ValueError("must not contain spaces (check for a stray quote or line break)")
        return value

    @field_validator("slack_bot_token")
    @classmethod
    def _check_slack_bot_token(cls, value: SecretStr | None) -> SecretStr | None:
        return _check_prefix(value, "xoxb-")

    @field_validator("slack_app_token")
    @classmethod
    def _check_slack_app_token(cls, value: SecretStr | None) -> SecretStr | None:
        return _check_prefix(value, "xapp-")

    @field_validator("slack_signing_secret")
    @classmethod
    def _check_signing_secret(cls, value: SecretStr | None) -> SecretStr | None:
        secret = value.get_secret_value() if value is not None else ""
        if any(char.isspace() for char in secret):
            raise ValueError("must not contain spaces (check for a stray quote or line break)")
        return value

    @model_validator(mode="after")
    def _shards_consistent(self) -> Settings:
        if self.shard_ids is not None and self.shard_count is None:
            raise ValueError("SHARD_IDS needs SHARD_COUNT (the total number of shards)")
        if self.shard_ids is not None and self.shard_count is not None:
            too_big = [shard for shard in self.shard_ids if shard >= self.shard_count]
            if too_big:
                raise ValueError(
                    f"SHARD_IDS must be below SHARD_COUNT ({self.shard_count}), got {too_big}"
                )
        return self

    # Which platforms are configured: a platform counts as wanted once any of its values is set.

    @property
    def wants_discord(self) -> bool:
        """Whether any Discord credential is set."""
        return self.discord_token is not None

    @property
    def wants_slack_socket(self) -> bool:
        """Whether Slack Socket Mode is configured (an app-level token is set)."""
        return self.slack_app_token is not None

    @property
    def wants_slack_http(self) -> bool:
        """Whether Slack over HTTP is configured (a signing secret is set)."""
        return self.slack_signing_secret is not None

    @property
    def port(self) -> int:
        """The Slack HTTP port, with its default."""
        return self.slack_http_port or DEFAULT_SLACK_HTTP_PORT

    def discord_problems(self) -> list[str]:
        """What is missing for Discord (empty when it can start)."""
        if self.discord_token is None:
            return [_missing("DISCORD_TOKEN", "the bot token from the Discord developer portal")]
        return []

    def slack_socket_problems(self) -> list[str]:
        """What is missing for Slack Socket Mode (empty when it can start)."""
        problems = []
        if self.slack_bot_token is None:
            problems.append(_missing("SLACK_BOT_TOKEN", "the Bot User OAuth Token, xoxb-..."))
        if self.slack_app_token is None:
            problems.append(
                _missing("SLACK_APP_TOKEN", "an app-level token with connections:write, xapp-...")
            )
        return problems

    def slack_http_problems(self) -> list[str]:
        """What is missing for Slack over HTTP (empty when it can start)."""
        problems = []
        if self.slack_bot_token is None:
            problems.append(_missing("SLACK_BOT_TOKEN", "the Bot User OAuth Token, xoxb-..."))
        if self.slack_signing_secret is None:
            problems.append(
                _missing("SLACK_SIGNING_SECRET", "the Signing Secret from Basic Information")
            )
        return problems

    def stray_slack_problems(self) -> list[str]:
        """A Slack bot token with neither mode configured is a half-finished setup: say so."""
        if self.slack_bot_token is not None and not (
            self.wants_slack_socket or self.wants_slack_http
        ):
            return [
                "SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor "
                "SLACK_SIGNING_SECRET (HTTP) is: set one of them"
            ]
        return []

    def secret_values(self) -> list[str]:
        """The secret values themselves, for the log redactor only."""
        secrets = (
            self.discord_token,
            self.slack_bot_token,
            self.slack_app_token,
            self.slack_signing_secret,
        )
        return [secret.get_secret_value() for secret in secrets if secret is not None]


def _missing(variable: str, what: str) -> str:
    return f"{variable} is not set: it should be {what}"


def _check_prefix(value: SecretStr | None, prefix: str) -> SecretStr | None:
    if value is not None and not value.get_secret_value().startswith(prefix):
        raise ValueError(f"should start with {prefix}")
    if value is not None and any(char.isspace() for char in value.get_secret_value()):
        raise ValueError("must not contain spaces (check for a stray quote or line break)")
    return value


def _problems(error: ValidationError) -> list[str]:
    """One line per invalid value, naming the variable; inputs of secrets are never shown."""
    problems = []
    for item in error.errors(include_input=True, include_url=False):
        if not item["loc"]:
            problems.append(str(item["msg"]).removeprefix("Value error, "))
            continue
        variable = str(item["loc"][0])
        if item["type"] == "value_error":
            what = str(item["msg"]).removeprefix("Value error, ")
        else:
            what = HINTS.get(variable, str(item["msg"]))
        if variable in SECRET_VARIABLES:
            problems.append(f"{variable} {what}")
        else:
            problems.append(f"{variable} {what}, got {item['input']!r}")
    return problems
