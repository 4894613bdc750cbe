"""Slack markup both ways: incoming text to plain questions, our text to inert mrkdwn."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.adapters.slack.markup import escape, from_slack, unescape


@pytest.mark.parametrize(
    ("slack_text", "plain"),
    [
        ("<@U0BOT> When did Armenia join?", "When did Armenia join?"),
        ("<@U0BOT|csto> help", "help"),
        ("Ask <@U42|ann> about it", "Ask about it"),
        ("<!channel> hi <!here> <!everyone>", "hi"),
        ("<!subteam^S1|@analysts> ping", "ping"),
        ("see <#C1|general> and <https://x.org|this> <mailto:a@b.c>", "see and this mailto:a@b.c"),
        ("Is it &lt;2002 &amp; &gt;1992?", "Is it <2002 & >1992?"),
        ("  spaced\n\nout  ", "spaced out"),
    ],
)
def test_from_slack_gives_the_plain_question(slack_text: str, plain: str):
    """Mentions are dropped, links keep their label, entities become the characters typed."""
    assert from_slack(slack_text) == plain


def test_escape_makes_mentions_and_broadcast_words_inert():
    """&, <, > are escaped and @here/@channel/@everyone can no longer notify anyone."""
    escaped = escape("<!channel> @everyone @HERE a & b")
    assert escaped == "&lt;!channel&gt; @\u200beveryone @\u200bHERE a &amp; b"


@given(st.text().filter(lambda text: "\u200b" not in text))
def test_unescape_reverses_escape(text: str):
    """Button values round-trip (a typed zero-width space after "@" is the one normalisation)."""
    assert unescape(escape(text)) == text
