"""Pseudonymous keys: conversations and (opted-in) user ids are stored only as salted hashes."""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

from bot.runtime.logging_setup import REDACTED, TOKEN_PATTERN

HASH_BYTES = 12  # 24 hex characters: plenty to group by, short enough to read


def salt_path(database: Path) -> Path:
    """The salt lives beside the database, not in it, so a copied database does not carry it."""
    return database.with_name(database.name + ".salt")


def load_or_create_salt(database: Path) -> bytes:
    """This install's salt, created (readable by the owner only) on first use."""
    path = salt_path(database)
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (FileNotFoundError, ValueError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    salt = secrets.token_hex(32)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as file:
        file.write(salt + "\n")
    return bytes.fromhex(salt)


class Hasher:
    """Keyed hashing with the install's salt: equal inputs group together, ids stay unreadable."""

    def __init__(self, salt: bytes) -> None:
        self._salt = salt[: hashlib.blake2b.MAX_KEY_SIZE]

    def __call__(self, value: str) -> str:
        """The salted hash of `value`, as hex."""
        # Keyed BLAKE2 is a MAC in one C call, several times cheaper than hmac with SHA-256.
        digest = hashlib.blake2b(value.encode("utf-8"), key=self._salt, digest_size=HASH_BYTES)
        return digest.hexdigest()


def scrub(text: str) -> str:
    """User text as stored: anything shaped like a Slack token is redacted."""
    return TOKEN_PATTERN.sub(REDACTED, text)
