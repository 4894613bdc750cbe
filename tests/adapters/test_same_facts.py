"""Across adapters: for the same answer, Slack, Discord and the terminal state the same facts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.adapters.discord.render import render_answer as render_discord
from bot.adapters.slack.markup import unescape
from bot.adapters.slack.render import render_answer as render_slack
from bot.adapters.terminal.render import render_text
from bot.core.api import Answer, Context
from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge

KNOWLEDGE_DIR = Path(__file__).resolve().parents[2] / "knowledge"
QUESTIONS = (
    "When did Azerbaijan leave the CSTO?",
    "Who are the members of the CSTO?",
    "when did uzbekistan leave the csto",
    "Who is the Secretary General of the CSTO?",
    "When was the CSTO founded?",
    "until when can russia keep its military base in armenia",
    "what's the weather in moscow",
)
# Years and other numbers are the facts a reader checks first; each rendering must keep them all.
NUMBER = re.compile(r"\d+")
INVISIBLE = str.maketrans("", "", "\u200b\\")
BULLETS = frozenset({"-", "*", "•"})


@pytest.fixture(scope="module")
def answers() -> list[Answer]:
    """Real answers from the shipped knowledge, one per question."""
    engine = Engine(load_knowledge(KNOWLEDGE_DIR), strict=True)
    return [engine.answer(q, Context(conversation=f"same-facts-{q}")) for q in QUESTIONS]


def slack_text(answer: Answer) -> str:
    """Everything a Slack reader sees, with Slack's escapes undone."""
    texts: list[str] = []
    for block in render_slack(answer).blocks:
        if "text" in block:
            texts.append(block["text"]["text"])
        for element in block.get("elements", []):
            text = element["text"]
            texts.append(text if isinstance(text, str) else text["text"])
    return unescape("\n".join(texts)).translate(INVISIBLE)


def discord_text(answer: Answer) -> str:
    """Everything a Discord reader sees in the embeds and buttons."""
    texts: list[str] = []
    for reply in render_discord(answer):
        for embed in reply.embeds:
            texts.extend([embed.title or "", embed.description or "", embed.footer.text or ""])
            texts.extend(f"{field.name}\n{field.value}" for field in embed.fields)
        if reply.view is not None:
            # Suggestion buttons are DynamicItems wrapping the real button.
            buttons = [getattr(child, "item", child) for child in reply.view.children]
            texts.extend(str(getattr(button, "label", "")) for button in buttons)
    return "\n".join(texts).translate(INVISIBLE)


def words(text: str) -> str:
    """Text as single-spaced words, without the bullet marks each platform draws differently."""
    return " ".join(word for word in text.split() if word not in BULLETS)


def stated_facts(answer: Answer) -> set[str]:
    """The numbers the answer states in its text, list and sections."""
    body = [answer.text, *answer.items]
    body += [line for section in answer.shown_sections() for line in section.lines]
    return set(NUMBER.findall(" ".join(body)))


async def test_every_rendering_states_the_same_facts(answers: list[Answer]):
    """Each stated number, item, section line, source and suggestion appears on every platform."""
    for answer in answers:
        renderings = {
            "slack": slack_text(answer),
            "discord": discord_text(answer),
            "terminal": render_text(answer).translate(INVISIBLE),
        }
        flat = {name: words(text) for name, text in renderings.items()}
        for name, text in flat.items():
            for fact in stated_facts(answer):
                assert fact in NUMBER.findall(text), (answer.question, name, fact)
            claims = [claim.text for dispute in answer.disputes for claim in dispute.claims]
            for line in [answer.text, *answer.items, *claims, *answer.suggestions]:
                assert words(line) in text, (answer.question, name, line)
            for number in range(1, len(answer.sources) + 1):
                assert f"[{number}]" in text, (answer.question, name, number)


def test_the_questions_cover_answers_and_abstentions(answers: list[Answer]):
    """The set exercises both kinds of reply, so the comparison above means something."""
    assert any(answer.answered and answer.sources for answer in answers)
    assert any(not answer.answered and answer.suggestions for answer in answers)
