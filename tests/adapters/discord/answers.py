"""Where the knowledge is, and hand-built Answers (one far over every Discord limit)."""

from __future__ import annotations

from pathlib import Path

from bot.core.api import Answer, Section, SourceRef

KNOWLEDGE_DIR = Path(__file__).resolve().parents[3] / "knowledge"


def answer(**overrides: object) -> Answer:
    """A small answered Answer, with fields overridable per test."""
    values: dict[str, object] = {
        "question": "When did Azerbaijan leave the CSTO?",
        "answered": True,
        "text": "Azerbaijan left the CSTO in 1999, when it did not renew the treaty.",
        "sources": (
            SourceRef(id="tass", title="TASS", date="2012-06-28", url="https://tass.example/1"),
            SourceRef(id="book", publisher="Oxford University Press"),
        ),
        "as_of": ("1999-04-02",),
        "confidence": 0.9,
        "intent": "membership",
        "knowledge_version": "2024.06-abc123",
    }
    values |= overrides
    return Answer(**values)


def long_answer() -> Answer:
    """A synthetic answer far over every Discord limit, full of links and long lines."""
    paragraphs = [
        f"Paragraph {n}: the [Collective Security Council](https://csto.example/p/{n}) "
        + "met and decided things about collective security. " * 12
        for n in range(40)
    ]
    sections = tuple(
        Section(
            title=f"Timeline {n} " + "x" * 300,
            lines=tuple(f"{1990 + i}: event number {i} of section {n} " * 3 for i in range(60)),
        )
        for n in range(30)
    )
    sources = tuple(
        SourceRef(
            id=f"s{n}",
            title=f"Source title number {n} with [brackets]",
            date="2016-10-14",
            url=f"https://news.example/article_{n}_(archived)",
        )
        for n in range(120)
    )
    return answer(
        text="\n\n".join(paragraphs),
        items=tuple(f"item {n} " * 20 for n in range(50)),
        sections=sections,
        sources=sources,
        as_of=tuple("2016-10-14" for _ in range(300)),
    )
