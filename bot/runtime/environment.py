"""The variables every command reads: the process environment over an optional .env file."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

DEFAULT_ENV_FILE = Path(".env")


def read_environment(
    env_file: Path | None = DEFAULT_ENV_FILE, environ: Mapping[str, str] | None = None
) -> dict[str, str]:
    """`env_file`'s values (when the file exists) overlaid by the non-blank environment ones."""
    values: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        from dotenv import dotenv_values  # noqa: PLC0415 - only when there is a file to read

        values.update(
            (key, value) for key, value in dotenv_values(env_file).items() if value is not None
        )
    source = os.environ if environ is None else environ
    # A variable exported empty counts as unset, so it does not blank out the file's value.
    values.update((key, value) for key, value in source.items() if value.strip())
    return values
