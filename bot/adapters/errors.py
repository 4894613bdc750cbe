"""Errors the adapters raise at start-up."""

from __future__ import annotations


class PlatformStartError(Exception):
    """Raised when a platform cannot start; the message is one line for the operator."""
