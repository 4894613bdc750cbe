"""`/good` and `/bad [what was wrong]` in the terminal chat: feedback on the last answer."""

from __future__ import annotations

from bot.core.api import Answer, Answerer
from bot.questionlog.answer import answer_id_of
from bot.questionlog.log import question_log_of

COMMANDS = {"/good": True, "/bad": False}
THANKS = "Thanks, noted."
NOTHING_YET = "Ask a question first; /good and /bad rate the last answer."
LOG_OFF = "The question log is off (QUESTION_LOG=false), so feedback is not kept."


def feedback_command(line: str, last: Answer | None, answerer: Answerer) -> str | None:
    """Record `/good` or `/bad [text]` against the last answer and say so; None for other lines."""
    word, _, text = line.strip().partition(" ")
    helpful = COMMANDS.get(word.casefold())
    if helpful is None:
        return None
    answer_id = answer_id_of(last) if last is not None else None
    if answer_id is None:
        return NOTHING_YET if last is None else LOG_OFF
    log = question_log_of(answerer)
    if log is None:
        return LOG_OFF
    log.record_feedback(answer_id, helpful, text or None, "terminal")
    return THANKS
