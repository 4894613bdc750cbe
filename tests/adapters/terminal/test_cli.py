"""The terminal front end as a user runs it: `csto-bot ask`, `--json`, stdin lines, chat, eval."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

from bot.adapters.terminal.chat import run_chat
from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge

ROOT = Path(__file__).resolve().parents[3]
JSON_KEYS = {
    "question", "answered", "text", "items", "sections", "disputes", "facts", "confidence",
    "intent", "entities", "sources",
    "as_of", "suggestions", "knowledge_version",
}  # fmt: skip


def csto_bot(
    *args: str, stdin: str | None = None, tmp_path: Path
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CSTO_BOT_CACHE": str(tmp_path / "cache")}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=False,
    )


def test_ask_prints_the_answer_with_numbered_sources(tmp_path):
    """`csto-bot ask` prints the answer, then the sources numbered as the text cites them."""
    result = csto_bot("ask", "When did Azerbaijan leave the CSTO?", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "1999" in result.stdout
    assert "[1]" in result.stdout and "\nSources:\n  [1] " in result.stdout
    assert "As of:" not in result.stdout  # a 1999 event is not "as of" the 2016 article
    status = csto_bot("ask", "What is Kazakhstan's status in the CSTO?", tmp_path=tmp_path)
    assert "\nAs of: 2025" in status.stdout


def test_ask_json_prints_one_object_with_the_documented_keys(tmp_path):
    """`--json` prints exactly one JSON object with every documented key."""
    result = csto_bot("ask", "--json", "Is Ukraine a member of the CSTO?", tmp_path=tmp_path)
    answer = json.loads(result.stdout)
    assert set(answer) == JSON_KEYS
    assert answer["answered"] is True and "Ukraine" in answer["text"]
    keys = {"id", "title", "publisher", "date", "url"}
    assert all(set(source) == keys for source in answer["sources"])


def test_ask_json_abstains_with_answered_false(tmp_path):
    """An out-of-domain question gives answered=false and suggestions."""
    result = csto_bot("ask", "--json", "what's the weather in Moscow?", tmp_path=tmp_path)
    answer = json.loads(result.stdout)
    assert answer["answered"] is False and 1 <= len(answer["suggestions"]) <= 3


def test_stdin_lines_are_independent_without_a_conversation(tmp_path):
    """`ask --json -` answers line by line, in order; lines share no context by default."""
    lines = "when did uzbekistan leave the csto\nand when did it come back?\n"
    result = csto_bot("ask", "--json", "-", stdin=lines, tmp_path=tmp_path)
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["question"].startswith("when did uzbekistan")
    assert "1999" in first["text"]
    assert "uzbekistan" not in second["entities"]


def test_stdin_lines_share_context_with_a_conversation(tmp_path):
    """With --conversation ID the second line is a follow-up to the first."""
    lines = "when did uzbekistan leave the csto\nand when did it come back?\n"
    result = csto_bot(
        "ask", "--json", "--conversation", "demo", "-", stdin=lines, tmp_path=tmp_path
    )
    second = json.loads(result.stdout.splitlines()[1])
    assert second["answered"] and "2006" in second["text"]


def test_broken_knowledge_is_one_clear_error(tmp_path):
    """A broken knowledge directory gives file:line problems and exit 1, no traceback."""
    broken = tmp_path / "knowledge"
    broken.mkdir()
    (broken / "members.yaml").write_text("countries: [\n")
    result = csto_bot("ask", "--knowledge", str(broken), "who are the members", tmp_path=tmp_path)
    assert result.returncode == 1
    assert "members.yaml:" in result.stderr and "Traceback" not in result.stderr


def test_eval_reports_accuracy_by_category_and_failures(tmp_path):
    """`csto-bot eval FILE` prints per-category rates and exits 1 below a threshold it misses."""
    golden = tmp_path / "mini.yaml"
    golden.write_text(
        "category: mini\nquestions:\n"
        "  - q: when did azerbaijan leave the csto\n    expect: ['1999']\n"
        "  - q: when did azerbaijan leave the csto\n    expect: ['2031']\n"
        "  - q: tell me a joke\n    abstain: true\n"
    )
    result = csto_bot("eval", str(golden), "--min-accuracy", "0.9", tmp_path=tmp_path)
    assert "in-domain correct: 50.0% (1/2); answered wrongly: 50.0% (1)" in result.stdout
    assert "must-abstain questions abstained: 100.0% (1/1); answered anyway: 0" in result.stdout
    assert "WRONG [mini] 'when did azerbaijan leave the csto': missing 2031" in result.stdout
    assert result.returncode == 1


def test_chat_keeps_context_and_ends_on_quit():
    """The chat answers, resolves a follow-up, and stops on 'quit'."""
    engine = Engine(load_knowledge(ROOT / "knowledge"), strict=True)
    lines = iter(["when did azerbaijan leave the csto", "and georgia?", "quit"])
    out = io.StringIO()
    assert run_chat(engine, read=lambda _prompt: next(lines), out=out) == 0
    text = out.getvalue()
    assert "Azerbaijan left" in text and "Georgia" in text.split("and georgia")[-1]


def test_chat_ends_cleanly_at_end_of_input():
    """End of input (Ctrl-D) ends the chat with exit code 0."""
    engine = Engine(load_knowledge(ROOT / "knowledge"), strict=True)

    def read(_prompt: str) -> str:
        raise EOFError

    assert run_chat(engine, read=read, out=io.StringIO()) == 0


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    """`csto-bot ask ... | head -1`: a closed pipe ends quietly, without a traceback."""
    env = {**os.environ, "CSTO_BOT_CACHE": str(tmp_path / "cache")}
    lines = "\n".join(["who are the members of the csto"] * 200) + "\n"
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "ask", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(lines.encode())
    process.stdin.close()
    process.stdout.read(100)
    process.stdout.close()
    assert process.wait(timeout=60) == 0
    assert process.stderr is not None
    assert b"Traceback" not in process.stderr.read()


def test_ask_json_carries_the_disputes_and_facts_the_text_shows(tmp_path):
    """A disputed answer's JSON has the dispute as claims and its facts, as the text shows them."""
    question = "until when can russia keep its base in armenia"
    shown = csto_bot("ask", question, tmp_path=tmp_path).stdout
    answer = json.loads(csto_bot("ask", "--json", question, tmp_path=tmp_path).stdout)
    assert answer["disputes"], "the dispute is missing from the JSON"
    claims = [claim for dispute in answer["disputes"] for claim in dispute["claims"]]
    assert any("2044" in c["text"] for c in claims) and any("2020" in c["text"] for c in claims)
    assert [c["best_supported"] for c in claims][:1] == [True]
    known = {source["id"] for source in answer["sources"]}
    assert all(c["sources"] and set(c["sources"]) <= known for c in claims)
    flat = " ".join(shown.split())
    for dispute in answer["disputes"]:
        assert f"Sources disagree: {dispute['topic']}" in shown
        assert all(" ".join(c["text"].split()) in flat for c in dispute["claims"])
    assert answer["facts"] and all(fact["sources"] for fact in answer["facts"])


def test_chat_failure_is_logged_and_apologised(caplog):
    """An engine failure in the chat prints a short apology, logs the traceback, and goes on."""
    engine = Engine(load_knowledge(ROOT / "knowledge"), today=_broken_clock, strict=True)
    lines = iter(["when did azerbaijan leave the csto", "help", "quit"])
    out = io.StringIO()
    with caplog.at_level(logging.ERROR, logger="bot.adapters.terminal"):
        assert run_chat(engine, read=lambda _prompt: next(lines), out=out) == 0
    text = out.getvalue()
    assert "Sorry, something went wrong" in text and "Traceback" not in text
    assert "I answer questions" in text  # the chat carries on after the failure
    assert any(record.exc_info for record in caplog.records)


def _broken_clock() -> dt.date:
    raise RuntimeError("a bug inside answering")
