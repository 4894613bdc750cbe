"""An interactive chat in the terminal, with line editing and history, that keeps context."""

from __future__ import annotations

import contextlib
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from bot.adapters.terminal.boundary import answer_or_apology
from bot.adapters.terminal.feedback import feedback_command
from bot.adapters.terminal.render import render_text
from bot.core.api import Answer, Answerer, Context

PROMPT = "you> "
_QUIT = {"quit", "exit", ":q", "bye"}
HISTORY_FILE = Path.home() / ".csto_bot_history"


def _enable_line_editing() -> None:
    """Arrow keys, editing and persistent history where the platform has readline."""
    try:
        import readline  # noqa: PLC0415 - optional: absent on some platforms
    except ImportError:
        return
    with contextlib.suppress(OSError):
        readline.read_history_file(HISTORY_FILE)
    readline.set_history_length(1000)

    import atexit  # noqa: PLC0415 - only needed once readline is there

    atexit.register(_save_history, readline)


def _save_history(readline: object) -> None:
    with contextlib.suppress(OSError):
        readline.write_history_file(HISTORY_FILE)  # type: ignore[attr-defined]


def run_chat(
    answerer: Answerer,
    read: Callable[[str], str] = input,
    out: TextIO = sys.stdout,
) -> int:
    """Chat until end of input or 'quit'; returns the exit code."""
    if read is input:
        _enable_line_editing()
    conversation = f"terminal:{uuid.uuid4().hex[:8]}"
    print(
        "Ask about the CSTO: members, summits, bodies, people, conflicts. "
        "Type 'help' for examples, 'quit' to leave.",
        file=out,
    )
    last: Answer | None = None
    while True:
        try:
            line = read(PROMPT)
        except EOFError:
            print(file=out)
            return 0
        if line.strip().casefold() in _QUIT:
            return 0
        if not line.strip():
            continue
        noted = feedback_command(line, last, answerer)
        if noted is not None:
            print(noted, file=out)
            continue
        context = Context(conversation=conversation, platform="terminal")
        last, shown = answer_or_apology(answerer, line, context, render_text)
        print(shown, file=out)
        print(file=out)
