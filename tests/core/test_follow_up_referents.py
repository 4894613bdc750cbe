"""What a follow-up's pronoun or "else" stands for: the agreement in play a state signed, the
others than the subject in play, the person's state ("his minister"), the one person an answer
led by a body named.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.core.engine import Engine
from bot.core.knowledge.dates import PartialDate
from bot.core.understanding.intent import Intent
from bot.core.understanding.memory import Topic
from bot.core.understanding.naming import his_state_in_play
from bot.core.understanding.others import others_question


def test_a_state_signing_it_is_the_agreement_in_play(talk: Callable[..., list[Answer]]) -> None:
    """'Sign it' after the rapid reaction force is its agreement, not the state's treaty."""
    answer = talk(
        "tell me about the collective rapid reaction force", "did belarus sign it at once?"
    )[-1]
    assert answer.answered and "did not sign" in answer.text and "1993" not in answer.text


def test_it_signing_a_named_agreement_is_the_state_in_play(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Did it sign the rapid reaction force agreement?' after a question about Belarus: "it" is
    Belarus, who did not sign at first; no "Yes" from the agreement's own signing."""
    answer = talk("when did belarus join the csto?", "did it sign the rapid reaction force deal?")[
        -1
    ]
    assert answer.answered
    assert "Belarus" in answer.text and "did not sign" in answer.text
    assert not answer.text.startswith("Yes")


def test_signing_the_treaty_is_still_membership(talk: Callable[..., list[Answer]]) -> None:
    """A question naming the treaty asks after the state's treaty membership."""
    answer = talk(
        "tell me about the collective rapid reaction force", "when did belarus sign the treaty?"
    )[-1]
    assert answer.answered and "1993" in answer.text


def test_someone_else_is_the_same_step_at_the_time_in_play(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Who else quit then' after Georgia's 1999 exit: the others who left that year."""
    answer = talk("did georgia leave the csto in 1999?", "and who else quit then?")[-1]
    assert answer.answered and "Uzbekistan" in answer.text and "Azerbaijan" in answer.text


def test_besides_those_two_sets_the_ones_in_play_aside(
    talk: Callable[..., list[Answer]], shipped_engine: Engine
) -> None:
    """'Who besides those two refused to renew in 1999' after Georgia and Azerbaijan: the
    others who left then, as 'who else' asks; 'besides the treaty' names a thing, no one in play."""
    answer = talk(
        "when did georgia leave the csto?",
        "what about azerbaijan?",
        "who else besides those two refused to renew in 1999?",
    )[-1]
    assert answer.answered and "Uzbekistan" in answer.text
    memory = Topic(("azerbaijan",), Intent.MEMBER_LEFT)
    linker = shipped_engine._loaded.linker
    reading = linker.read("who apart from them refused to renew in 1999")
    assert others_question(reading, memory) == "who refused to renew in 1999"
    assert others_question(linker.read("who signed besides the treaty"), memory) is None


def test_what_else_is_more_of_the_same_subject(shipped_engine: Engine) -> None:
    """'What else did he say' asks more of the person, not of others: no rewriting."""
    reading = shipped_engine._loaded.linker.read("what else did he say")
    memory = Topic(("nikol-pashinyan",), Intent.FACTS_SEARCH)
    assert others_question(reading, memory) is None


def test_same_time_unknown_is_not_guessed(shipped_engine: Engine) -> None:
    """'Who else left at the same time' with no time in play is not rewritten to any year."""
    reading = shipped_engine._loaded.linker.read("who else left at the same time")
    memory = Topic(("georgia",), Intent.MEMBER_LEFT)
    assert others_question(reading, memory) is None
    dated = Topic(("georgia",), Intent.MEMBER_LEFT, PartialDate.parse("1999"))
    assert others_question(reading, dated) == "who left in 1999"


def test_his_minister_is_his_states(shipped_engine: Engine) -> None:
    """'His foreign minister' after a prime minister links to his state; 'his term' does not."""
    loaded = shipped_engine._loaded
    memory = Topic(("nikol-pashinyan",), Intent.FACTS_SEARCH)
    minister = his_state_in_play(
        loaded.linker.read("did his foreign minister agree"), memory, loaded.catalog
    )
    assert minister.ids() == ["armenia"]
    term = his_state_in_play(loaded.linker.read("when did his term start"), memory, loaded.catalog)
    assert term.ids() == []


def test_he_after_a_body_is_its_chief(talk: Callable[..., list[Answer]]) -> None:
    """'He' after the Joint Staff's current chief is that chief, asked about a state."""
    answer = talk("who heads the csto joint staff now?", "was he ever in kazakhstan?")[-1]
    assert answer.answered and "Serdyukov" in answer.text and "Kazakhstan" in answer.text


def test_a_fact_found_again_by_its_own_words(talk: Callable[..., list[Answer]]) -> None:
    """'When was it sent' after the mission's leader was given: the one fact just given that
    says "sent" is found again by its own words, not outranked by an earlier fact that the
    older turns' words still match (Armenia's request, which says "send" as well)."""
    answer = talk(
        "in september 2022 armenia asked the csto for help, which article?",
        "what did the others send?",
        "who led it?",
        "when was it sent?",
    )[-1]
    assert answer.answered and answer.text.startswith("A CSTO mission led by")
    assert "15 September 2022" in answer.text


def test_and_where_after_the_founding_is_where_it_was_signed(
    talk: Callable[..., list[Answer]],
) -> None:
    """ "And where?" after when the CSTO was founded asks where the Charter was signed (the
    sources disagree), not where its seat is; "where is it based?" still asks the seat."""
    _, where = talk("when was the csto founded?", "and where?")
    assert where.intent == "summit.when_where"
    assert "Sources disagree on where the CSTO Charter was signed" in where.text
    _, seat = talk("when was the csto founded?", "where is it based?")
    assert "Moscow" in seat.text


def test_which_of_them_from_a_state_narrows_the_holders_listed(
    talk: Callable[..., list[Answer]],
) -> None:
    """ "Which of them were Russians?" after the secretaries general: those from Russia, not
    Russia's membership."""
    _, narrowed = talk("list all the secretaries general", "which of them were russians?")
    assert narrowed.intent == "org.secretaries"
    assert "Bordyuzha" in narrowed.text and "Semerikov" in narrowed.text
    assert "Zas" not in narrowed.text
