"""Whatever a user types, the strict engine returns an Answer: it neither raises nor apologises."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.api import Answer, Context
from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
ENGINE = Engine(load_knowledge(KNOWLEDGE), strict=True)

WORDS = st.sampled_from(
    [
        "csto",
        "ОДКБ",
        "Армения",
        "kirgizia",
        "summit",
        "2016",
        "who",
        "?",
        "@everyone",
        "<@123>",
        "\u200b",
        "\x00",
        "😀",
        "🇷🇺",
        "Nagorno-Karabakh",
        "and",
        "it",
        "\n",
        "ﬁ",
        "İ",
        "ß",
    ]
)
QUESTIONS = st.one_of(
    st.text(max_size=300),
    st.lists(WORDS, max_size=40).map(" ".join),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x1FFFF), max_size=200),
)


def _check(answer: Answer) -> None:
    assert isinstance(answer, Answer)
    assert 0.0 <= answer.confidence <= 1.0
    assert len(answer.suggestions) <= 3
    assert answer.intent != "error", "the engine failed and apologised"
    if answer.answered:
        assert answer.sources, "an answer always names its sources"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(QUESTIONS, st.sampled_from([None, "p1", "p2"]))
def test_any_text_gets_an_answer_or_an_abstention(question, conversation):
    """Random text, scripts, emoji and control characters never raise."""
    _check(ENGINE.answer(question, Context(conversation=conversation)))


@pytest.mark.parametrize(
    "question",
    [
        "",
        "   ",
        "\x00\x01\x02",
        "?" * 5000,
        "csto " * 20_000,
        "a" * 100_000,
        "когда Armenia вступила в ОДКБ 🇦🇲🇦🇲",
        "ＣＳＴＯ ｍｅｍｂｅｒｓ",
        "@everyone @here <!channel> who are the members",
        "'; DROP TABLE facts; --",
        "{{7*7}} ${jndi:ldap://x}",
    ],
)
def test_edge_inputs_are_answered_or_refused(question):
    """Empty, huge, control-character and hostile inputs return an Answer."""
    _check(ENGINE.answer(question))


def test_huge_input_is_clipped_not_echoed_whole():
    """A 100,000-character question is read only up to the engine's limit."""
    answer = ENGINE.answer("who are the members " + "x" * 100_000)
    assert len(answer.question) <= 2_000


def test_non_string_input_is_refused_politely():
    """A caller passing a non-string gets an abstention, not an exception."""
    answer = ENGINE.answer(None)  # type: ignore[arg-type]
    assert not answer.answered


def _broken_clock() -> dt.date:
    raise RuntimeError("a bug inside answering")


def test_strict_engine_lets_a_failure_propagate():
    """In strict mode a bug in answering raises instead of turning into an apology."""
    engine = Engine(load_knowledge(KNOWLEDGE), today=_broken_clock, strict=True)
    with pytest.raises(RuntimeError):
        engine.answer("when did armenia join the csto")


def test_lenient_engine_turns_a_failure_into_an_error_answer():
    """Outside strict mode a bug becomes an unanswered reply with intent "error"."""
    engine = Engine(load_knowledge(KNOWLEDGE), today=_broken_clock)
    answer = engine.answer("when did armenia join the csto")
    assert answer.intent == "error"
    assert not answer.answered
