"""`ask --json` and the terminal text state the same facts, disputes included, for any answer."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.adapters.terminal.render import render_json, render_text
from bot.core.api import Answer, Context
from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge

KNOWLEDGE_DIR = Path(__file__).resolve().parents[3] / "knowledge"
# Written for this test, not taken from an evaluation set: plain answers, lists, timelines,
# disagreements between sources, and an abstention.
QUESTIONS = (
    "gyumri base: how long can the russians stay",
    "in which city did they sign the csto charter",
    "tell me when georgia became party to the collective security treaty",
    "uzbekistan and the csto, the whole story",
    "name the csto secretaries general",
    "how many soldiers did the csto send to kazakhstan in 2022",
    "what is the capital of peru",
    "sessions belarus stayed away from after 2010",
    "which founding states are still in the alliance",
    "who heads the joint staff now and who did before",
)
MARKER = re.compile(r"\[(\d+)\]")


@pytest.fixture(scope="module")
def answers() -> list[Answer]:
    """Real answers from the shipped knowledge."""
    engine = Engine(load_knowledge(KNOWLEDGE_DIR), strict=True)
    return [engine.answer(q, Context(conversation=f"json-text-{q}")) for q in QUESTIONS]


def flat(text: str) -> str:
    """Text as single-spaced words, so wrapping does not matter."""
    return " ".join(text.split())


def test_every_json_statement_is_in_the_text(answers: list[Answer]) -> None:
    """Text, items, section lines, each dispute's claims and the sources appear in the terminal."""
    for answer in answers:
        data = json.loads(render_json(answer))
        shown = flat(render_text(answer))
        stated = [data["text"], *data["items"]]
        stated += [line for section in data["sections"] for line in section["lines"]]
        stated += [section["title"] for section in data["sections"]]
        for dispute in data["disputes"]:
            stated.append(f"Sources disagree: {dispute['topic']}")
            stated += [claim["text"] for claim in dispute["claims"]]
        for statement in stated:
            assert flat(statement) in shown, (answer.question, statement)
        for source in data["sources"]:
            assert flat(source["title"] or source["publisher"] or source["url"]) in shown


def test_the_text_states_nothing_the_json_lacks(answers: list[Answer]) -> None:
    """Every disagreement and every cited source number in the text is structure in the JSON."""
    for answer in answers:
        data = json.loads(render_json(answer))
        shown = render_text(answer)
        assert shown.count("Sources disagree: ") == len(data["disputes"]), answer.question
        cited = {int(number) for number in MARKER.findall(shown)}
        assert cited <= set(range(1, len(data["sources"]) + 1)), answer.question
        ids = {source["id"] for source in data["sources"]}
        for dispute in data["disputes"]:
            for claim in dispute["claims"]:
                assert claim["sources"] and set(claim["sources"]) <= ids
            assert sum(claim["best_supported"] for claim in dispute["claims"]) <= 1
            if any(claim["best_supported"] for claim in dispute["claims"]):
                assert dispute["claims"][0]["best_supported"], "the best supported leads"


def test_the_questions_cover_disputes_lists_and_abstentions(answers: list[Answer]) -> None:
    """The set exercises disputes, lists and abstentions, so the comparisons mean something."""
    assert any(answer.disputes for answer in answers)
    assert any(answer.items or answer.sections for answer in answers)
    assert any(not answer.answered for answer in answers)
