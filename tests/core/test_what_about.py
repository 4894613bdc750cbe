"""'What about X?' asks the last question anew of X: the same relation, not X's overview.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.core.engine import Engine
from bot.core.understanding.intent import Intent
from bot.core.understanding.memory import Topic
from bot.core.understanding.swaps import swapped_question


def test_the_charter_takes_the_treatys_place(talk: Callable[..., list[Answer]]) -> None:
    """'What about the charter?' after when the treaty was signed: when the charter was."""
    answer = talk("when was the collective security treaty signed?", "what about the charter?")[-1]
    assert answer.answered and "2002" in answer.text and "1992" not in answer.text


def test_a_state_after_a_signing_is_asked_that_signing(
    talk: Callable[..., list[Answer]],
) -> None:
    """'What about Uzbekistan?' after who signed the force's agreement: whether it signed that,
    not its treaty membership."""
    answers = talk(
        "which states signed the rapid reaction force agreement?", "what about uzbekistan?"
    )
    answer = answers[-1]
    assert answer.answered and "did not sign" in answer.text
    assert "member since" not in answer.text


def test_a_state_after_a_state_keeps_the_relation(talk: Callable[..., list[Answer]]) -> None:
    """After a state's membership step, another state is asked the same step, as before."""
    answer = talk("when did armenia join the treaty?", "what about belarus?")[-1]
    assert answer.answered and "1993" in answer.text


def test_no_noun_of_the_kind_is_no_swap(shipped_engine: Engine) -> None:
    """A last question naming no document leaves "what about the charter?" as it is; so does a
    question asking something of its own."""
    linker = shipped_engine._loaded.linker
    memory = Topic(("csto",), Intent.ORG_HEADQUARTERS, question="where is the csto based")
    assert swapped_question(linker.read("what about the charter?"), memory, linker) is None
    signed = Topic(("csto",), Intent.FACTS_SEARCH, question="and where was the treaty signed")
    asked = linker.read("what about the charter, who drafted it?")
    assert swapped_question(asked, signed, linker) is None
    bare = linker.read("what about the charter?")
    assert swapped_question(bare, signed, linker) == "where was the charter signed"


def test_a_post_taken_there_is_the_sessions_appointment(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Who became secretary general there' after a session: whom it appointed, not today's."""
    answer = talk(
        "where did the csto leaders meet in april 2017?", "who became secretary general there?"
    )[-1]
    assert answer.answered and "Khachaturov" in answer.text and "Masadykov" not in answer.text


def test_a_named_anchor_is_not_the_time_in_play(talk: Callable[..., list[Answer]]) -> None:
    """'And before Kazakhstan?' after the 2024 chair: the chair before Kazakhstan's, not the
    year in play's chair."""
    answer = talk("who chaired the csto in 2024?", "and before kazakhstan?")[-1]
    assert answer.answered and "Belarus" in answer.text


def test_the_end_of_a_step_is_the_step_after_it(talk: Callable[..., list[Answer]]) -> None:
    """'How did that end?' after a state's return: the next step of its membership."""
    answer = talk("did uzbekistan ever come back to the treaty?", "how did that end?")[-1]
    assert answer.answered and "2012" in answer.text and "suspended" in answer.text


def test_it_ending_after_a_persons_post_is_his_term(talk: Callable[..., list[Answer]]) -> None:
    """'Why did it end?' after how long a person held a post: his term ended (he was recalled),
    not the body he served."""
    answers = talk(
        "which secretary general came from armenia?",
        "how long did he hold the post?",
        "why did it end?",
    )
    assert answers[-1].answered and "recalled" in answers[-1].text


def test_and_the_charter_keeps_the_relation(
    talk: Callable[..., list[Answer]], shipped_engine: Engine
) -> None:
    """'And the charter?' after where the treaty was signed asks where the charter was, as
    "what about" does: the places in dispute, not only its date."""
    linker = shipped_engine._loaded.linker
    signed = Topic(("csto",), Intent.FACTS_SEARCH, question="where did they sign the treaty")
    assert swapped_question(linker.read("and the charter?"), signed, linker) == (
        "where did they sign the charter"
    )
    assert swapped_question(linker.read("and the charter, who drafted it?"), signed, linker) is None
    answer = talk("where did they sign the treaty?", "and the charter?")[-1]
    assert answer.answered and "Chisinau" in str(answer.disputes)
