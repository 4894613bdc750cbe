"""`/bad` and `/good` in the terminal chat rate the last answer in the question log."""

from __future__ import annotations

import io
from pathlib import Path

from bot.adapters.terminal.chat import run_chat
from bot.adapters.terminal.feedback import NOTHING_YET, THANKS
from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge
from bot.observability import LoggedAnswerer
from bot.questionlog.gaps import build_report
from bot.questionlog.log import LogOptions, QuestionLog
from bot.questionlog.writer import WriterLimits

MINIMAL = Path(__file__).resolve().parents[2] / "core" / "fixtures" / "minimal"


def test_bad_with_text_is_stored_against_the_last_answer(tmp_path: Path):
    """`/bad <text>` after an answer lands in the report with its text; `/good` first is refused."""
    log = QuestionLog(LogOptions(tmp_path / "q.sqlite3", limits=WriterLimits(linger_seconds=0.01)))
    lines = iter(["/good", "When did Azerbaijan leave the CSTO?", "/bad the year is wrong"])

    def read(prompt: str) -> str:
        try:
            return next(lines)
        except StopIteration:
            raise EOFError from None

    out = io.StringIO()
    engine = Engine(load_knowledge(MINIMAL))
    assert run_chat(LoggedAnswerer(engine, questions=log), read=read, out=out) == 0
    log.close()
    assert NOTHING_YET in out.getvalue()
    assert THANKS in out.getvalue()
    [disliked] = build_report(log.path).disliked
    assert disliked.comments == ["the year is wrong"]
