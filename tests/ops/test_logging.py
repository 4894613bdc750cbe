"""Structured one-line logs, JSON option, redaction, and the question log without user ids."""

from __future__ import annotations

import io
import json
import logging

import pytest

from bot.core.api import Answer, Completion, Context
from bot.observability import LoggedAnswerer
from bot.runtime.logging_setup import configure_logging, log_event


class FixedAnswerer:
    """A stand-in core that answers 'members' questions and abstains on the rest."""

    knowledge_version = "kv-test"

    def answer(self, question: str, context: Context | None = None) -> Answer:
        known = "members" in question
        return Answer(
            question=question,
            answered=known,
            text="Six states." if known else "I don't know.",
            confidence=0.9 if known else 0.0,
            intent="members" if known else "unknown",
            knowledge_version=self.knowledge_version,
        )

    def describe(self, kind, query, context=None) -> Answer:
        return self.answer(f"{kind} members {query}", context)

    def complete(self, text, kind=None, limit=25):
        return [Completion(label="Armenia", value="Armenia")]

    def help(self) -> Answer:
        return self.answer("help")


@pytest.fixture
def stream():
    """Route all logging to a string buffer for the test, then restore the root logger."""
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    buffer = io.StringIO()
    yield buffer
    root.handlers[:] = saved[0]
    root.setLevel(saved[1])


def test_text_log_is_one_line_with_quoted_values(stream):
    """Fields render as key=value; a value with a newline cannot start a forged log line."""
    configure_logging("INFO", "text", stream=stream)
    log_event(logging.getLogger("t"), "question", question="who?\nERROR forged", answered=False)
    [line] = stream.getvalue().splitlines()
    assert " INFO " in line
    assert 'question="who?\\nERROR forged"' in line
    assert "answered=False" in line


def test_json_log_is_one_object_per_line(stream):
    """LOG_FORMAT=json gives one parseable JSON object per event, exceptions included."""
    configure_logging("INFO", "json", stream=stream)
    log = logging.getLogger("t")
    log_event(log, "question", answered=True, confidence=0.5)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        log.exception("failed")
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["event"] == "question"
    assert first["answered"] is True
    assert "RuntimeError: boom" in second["exc"]


def test_level_is_configurable(stream):
    """Below the configured level nothing is written."""
    configure_logging("WARNING", "text", stream=stream)
    logging.getLogger("t").info("hidden")
    logging.getLogger("t").warning("shown")
    assert "hidden" not in stream.getvalue()
    assert "shown" in stream.getvalue()


def test_slack_shaped_tokens_are_redacted_even_when_unknown(stream):
    """Anything shaped like a Slack token is redacted even if it is not configured."""
    configure_logging("INFO", "json", stream=stream)
    logging.getLogger("t").info("token xoxb-9-9-abcdef and xapp-1-A-2-zz")
    assert "xoxb-9" not in stream.getvalue()
    assert "xapp-1" not in stream.getvalue()


def test_discord_interaction_tokens_in_urls_are_redacted(stream):
    """An HTTP error quoting a webhook or callback URL does not log the interaction's token."""
    configure_logging("INFO", "text", stream=stream)
    logging.getLogger("t").error(
        "404 for https://discord.com/api/v10/webhooks/123/aW50ZXJhY3Rpb246c2VjcmV0?wait=1 and "
        "/interactions/456/dG9rZW4tc2VjcmV0/callback"
    )
    logged = stream.getvalue()
    assert "aW50ZXJhY3Rpb246c2VjcmV0" not in logged
    assert "dG9rZW4tc2VjcmV0" not in logged
    assert "/webhooks/123/" in logged and "/callback" in logged


def test_logged_answerer_logs_question_and_outcome_without_user(stream):
    """Each question is logged with answered, intent, confidence and platform; no user id."""
    configure_logging("INFO", "json", stream=stream)
    answerer = LoggedAnswerer(FixedAnswerer(), include_user_ids=False)
    context = Context(conversation="c1", platform="slack", user="U12345")
    assert answerer.answer("who are the members?", context).answered
    assert not answerer.answer("x" * 500, context).answered
    hit, miss = (json.loads(line) for line in stream.getvalue().splitlines())
    assert hit["event"] == "question"
    assert (hit["answered"], hit["intent"], hit["platform"]) == (True, "members", "slack")
    assert hit["confidence"] == 0.9
    assert hit["question"] == "who are the members?"
    assert miss["answered"] is False
    assert len(miss["question"]) == 200
    assert "U12345" not in stream.getvalue()


def test_logged_answerer_includes_user_when_opted_in(stream):
    """LOG_USER_IDS=true adds the user id to the question log."""
    configure_logging("INFO", "json", stream=stream)
    answerer = LoggedAnswerer(FixedAnswerer(), include_user_ids=True)
    answerer.answer("members?", Context(platform="discord", user="42"))
    assert json.loads(stream.getvalue())["user"] == "42"


def test_a_lookup_is_logged_like_a_question(stream):
    """describe (a /csto summit lookup) logs one question event naming the kind and the value."""
    configure_logging("INFO", "json", stream=stream)
    answerer = LoggedAnswerer(FixedAnswerer())
    assert answerer.describe("summit", "yerevan", Context(platform="discord")).answered
    [event] = (json.loads(line) for line in stream.getvalue().splitlines())
    assert event["event"] == "question"
    assert event["question"] == "summit: yerevan"
    assert event["platform"] == "discord"


def test_logged_answerer_passes_the_rest_through():
    """complete, help and knowledge_version come from the wrapped Answerer."""
    answerer = LoggedAnswerer(FixedAnswerer())
    assert answerer.complete("arm") == [Completion(label="Armenia", value="Armenia")]
    assert answerer.help().question == "help"
    assert answerer.knowledge_version == "kv-test"
