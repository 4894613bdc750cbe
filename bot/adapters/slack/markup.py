"""Slack text markup both ways: what users typed -> plain text; our text -> safe mrkdwn."""

from __future__ import annotations

import re

# Slack sends mentions, channels and links as <...> tokens and escapes & < > in what users typed.
_TOKEN = re.compile(r"<([^<>]*)>")
# Typed out in plain text these still notify everyone when a client parses them (link_names).
_BROADCAST = re.compile(r"@(here|channel|everyone)\b", re.IGNORECASE)
_DEFUSED = re.compile("@\u200b(here|channel|everyone)\\b", re.IGNORECASE)


def escape(text: str) -> str:
    """Make user or knowledge text inert in Slack: escape & < > and defuse @here-style words."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # A zero-width space after "@" keeps the word readable but stops it from being a mention.
    return _BROADCAST.sub("@\u200b\\1", text)


def unescape(text: str) -> str:
    """Undo `escape` (for button values that come back to us)."""
    text = _DEFUSED.sub(r"@\1", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _plain_token(token: str) -> str:
    """One <...> token as question text: links keep their label; mentions say nothing."""
    target, _, label = token.partition("|")
    if target[:1] in {"@", "#", "!"}:
        # A user, channel, group or @here mention is about who is notified, not the question
        # (and "#general" would otherwise read as "Secretary General").
        return " "
    return label or target


def from_slack(text: str) -> str:
    """Turn a message or command text from Slack into the plain question the user meant."""
    text = _TOKEN.sub(lambda match: _plain_token(match.group(1)), text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return " ".join(text.split())
