"""Russian words for what the force guarded ("охраняли", "объекты", "стратегических") read as
the facts' English words.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_russian_question_on_what_the_force_guarded(engine: Engine) -> None:
    """The CSTO force protected 14 strategic facilities in Kazakhstan."""
    answer = ask(engine, "Какие объекты охраняли войска ОДКБ в Казахстане?")
    assert answer.answered and "14 strategic facilities" in answer.text
