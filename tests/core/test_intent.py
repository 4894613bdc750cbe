"""Intents are a closed, typed set: every answer's intent is a member of `Intent`."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge
from bot.core.understanding.intent import Intent
from bot.evaluation import load_cases, run_cases

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_knowledge(ROOT / "knowledge"))


def test_every_golden_answer_has_a_known_intent(engine):
    """No golden question is answered with an intent outside the enum."""
    outcomes = run_cases(engine, load_cases(ROOT / "tests" / "golden"))
    unknown = {o.answer.intent for o in outcomes} - {intent.value for intent in Intent}
    assert not unknown


def test_intent_values_are_the_strings_answers_carry():
    """An intent compares equal to its string, so answers and logs keep their wording."""
    assert Intent.MEMBER_JOINED == "member.joined"
    assert Intent("summit.list") is Intent.SUMMIT_LIST
    assert Intent.MEMBER_JOINED.family == "member" and Intent.CLARIFY.family == "clarify"
