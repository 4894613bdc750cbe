"""The runtime's contract with the platforms it starts: the errors they may raise to it."""

from __future__ import annotations


class PlatformStartError(Exception):
    """Raised by a platform that cannot start; the message is one line for the operator."""
