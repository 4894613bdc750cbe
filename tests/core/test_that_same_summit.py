"""'At that same summit': the word stressing the demonstrative does not hide the summit word
after it, so the session in play is meant, not the conflict its facts spoke of."""

from __future__ import annotations

from bot.core.api import Context
from bot.core.engine import Engine
from bot.evaluation import answer_text


def test_that_same_summit_is_the_session_in_play(shipped_engine: Engine) -> None:
    context = Context(conversation="same-summit")
    for question in (
        "at which CSTO summit did Pashinyan refuse to sign the declaration?",
        "why did he refuse?",
    ):
        shipped_engine.answer(question, context)
    answer = shipped_engine.answer(
        "who got appointed secretary general at that same summit?", context
    )
    assert answer.answered, answer.text
    assert "Tasmagambetov" in answer_text(answer)
