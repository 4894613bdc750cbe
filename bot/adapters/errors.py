"""Errors adapters raise to the process that starts them."""

from __future__ import annotations


class PlatformStartError(Exception):
    """A platform could not start (missing or rejected credentials); the message is one line."""
