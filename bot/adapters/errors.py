"""Errors the adapters raise to the process that starts them."""

from __future__ import annotations


class PlatformStartError(Exception):
    """Raised when a platform cannot start; the message is one line for the operator."""
