"""Asked of a session named by its city and year, an answer that speaks of no such session is no
answer: the Council's general rules say nothing of what one session decided.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from bot.core.engine import Engine


def test_a_general_rule_is_no_answer_for_a_named_session(shipped_engine: Engine) -> None:
    """'Who was appointed secretary general at Astana in 2018?': the rule that the Council
    appoints the Secretary General names no one appointed at Astana; it is not given."""
    answer = shipped_engine.answer("who was appointed secretary general at astana in 2018?")
    assert not (answer.answered and "Astana" not in answer.text and "2018" not in answer.text)


def test_the_named_session_s_own_facts_still_answer(shipped_engine: Engine) -> None:
    """The check leaves an answer about the session asked alone ("at Bishkek in 2025")."""
    answer = shipped_engine.answer("who was appointed secretary general at bishkek in 2025?")
    assert answer.answered and "Masadykov" in answer.text


def test_a_post_s_nod_is_its_appointment(shipped_engine: Engine) -> None:
    """'Who got the secretary general nod' asks who was appointed, in a question of two asks as
    much as alone."""
    answer = shipped_engine.answer(
        "bishkek 2025: who got the secretary general nod there and who hosted it?"
    )
    assert answer.answered and "Masadykov" in answer.text
