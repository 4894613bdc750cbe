"""What a follow-up refers to: a group acted on is not a list to pick from, one fact just given
that says the follow-up's words is the one asked about, "earlier still" steps further back, and
"either of them" with nothing before it is asked back.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.evaluation import answer_text


def test_who_commanded_them_asks_of_the_deployment(talk: Callable[..., list[Answer]]) -> None:
    """'Who commanded them' after the Kazakh deployment: its commander, not a person the answer
    happened to name picked by the word "led" or "commanded" in his own facts."""
    _, answer = talk("when did the csto send peacekeepers to kazakhstan?", "who commanded them?")
    text = answer_text(answer)
    assert answer.answered and "Serdyukov" in text
    assert "Sidorov" not in text and "Armenia" not in text


def test_who_announced_that_refinds_the_decision(talk: Callable[..., list[Answer]]) -> None:
    """'Who announced that' after a summit's decisions: the one decision given that says it was
    announced, and by whom; not another leader's remark at the summit."""
    _, answer = talk("what was decided at the yerevan summit in 2016?", "who announced that?")
    text = answer_text(answer)
    assert answer.answered and "Sargsyan" in text
    assert "Rahmon" not in text


def test_earlier_still_steps_one_further_back(talk: Callable[..., list[Answer]]) -> None:
    """'And earlier still?' after a predecessor: the holder before that one, not him again."""
    *_, answer = talk(
        "who was the csto secretary general in 2019?", "who came before him?", "and earlier still?"
    )
    text = answer_text(answer)
    assert answer.answered
    assert "Before Yuri Khachaturov" in text


def test_russian_even_earlier_steps_back(talk: Callable[..., list[Answer]]) -> None:
    """'And earlier?' in Russian, after 'and before him?', asks the holder before the
    predecessor just given."""
    *_, answer = talk("кто был генсеком одкб в 2020 году?", "а до него?", "а раньше?")
    text = answer_text(answer)
    assert answer.answered and "Khachaturov" in text
    assert not text.startswith("Valery Semerikov (Russia): Acting")


def test_either_of_them_with_nothing_in_play_asks_back(talk: Callable[..., list[Answer]]) -> None:
    """'Did either of them leave the CSTO' as a first question: who "they" are is unknown, so
    the bot asks instead of answering about states it guessed."""
    (answer,) = talk("did either of them leave the csto?")
    assert not answer.answered
    assert "referring to" in answer.text


def test_the_next_one_asks_the_same_of_the_next_summit(talk: Callable[..., list[Answer]]) -> None:
    """'And the next one?' after the summit Armenia missed: whether it missed the next one too
    (its absences there), not an overview of that summit."""
    _, answer = talk("which summit did armenia miss in 2023?", "and the next one?")
    text = answer_text(answer)
    assert answer.answered and "Armenia declined to attend the Astana summit" in text


def test_how_many_has_it_missed_counts_the_states_absences(
    talk: Callable[..., list[Answer]],
) -> None:
    """'How many has it missed so far?' after a summit Armenia missed: "it" is Armenia, not the
    summit nor its host, and the sessions it missed are counted."""
    _, answer = talk("which summit did armenia miss in 2023?", "how many has it missed so far?")
    text = answer_text(answer)
    assert answer.answered and "absent from 3" in text


def test_a_state_stays_in_play_through_steps_in_the_series(
    talk: Callable[..., list[Answer]],
) -> None:
    """Three steps on from 'which summit did Armenia skip in 2023', "it" is still Armenia: the
    count is of its absences, not one summit's absentee."""
    *_, answer = talk(
        "which csto summit did armenia skip in 2023?",
        "and the year after?",
        "and after that one?",
        "so how many has it skipped in total?",
    )
    text = answer_text(answer)
    assert answer.answered and "Armenia is recorded as absent from 3" in text


def test_who_got_it_is_no_overview_of_the_session(talk: Callable[..., list[Answer]]) -> None:
    """'Who got it in the end?' after facts on the post the 2018 Astana summit left open: the
    summit's overview names no one, so it is no answer (the facts are searched, or none)."""
    _, answer = talk(
        "what did the 2018 astana summit do about the secretary general post",
        "who got it in the end?",
    )
    assert not answer.text.startswith("The Astana summit, November 2018 took place")


def test_what_the_csto_did_about_it_with_nothing_before_asks_back(
    talk: Callable[..., list[Answer]],
) -> None:
    """'What did the CSTO do against it?' as a first question: "it" is no organization, and
    nothing asked before says what it is, so the bot asks instead of describing the CSTO."""
    (answer,) = talk("what did the csto do against it?")
    assert not answer.answered
    assert "referring to" in answer.text


def test_a_pronoun_for_a_session_the_question_names_is_read(
    talk: Callable[..., list[Answer]],
) -> None:
    """'The January 2022 emergency session - who asked for it': "it" is the session named just
    before, so the question is no call to ask back."""
    (answer,) = talk("the january 2022 emergency session - who asked for it?")
    assert "referring to" not in answer.text
