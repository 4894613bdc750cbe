"""Follow-up turns: what the conversation has in play carries into the next question."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from bot.core.api import Answer


@pytest.mark.parametrize(
    "questions",
    [
        ("where was the treaty signed", "who signed it?", "what about belarus?"),
        ("who signed the collective security treaty", "and georgia?"),
        ("what was decided at the minsk summit in 2023", "what about tajikistan?"),
    ],
)
def test_no_answer_is_ever_empty(
    talk: Callable[..., list[Answer]], questions: tuple[str, ...]
) -> None:
    """Every turn says something, an answer or why there is none."""
    assert all(answer.text.strip() for answer in talk(*questions))


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (
            ("where was the csto summit in october 2016", "which leader did not show up?"),
            "Nazarbayev",
        ),
        (("csto summit october 2016, where was it", "which president was absent?"), "Nazarbayev"),
        (
            ("who missed the yerevan summit in 2016", "and who was sent in his place?"),
            "Sagintayev",
        ),
    ],
)
def test_the_summit_in_play_has_the_absences(
    talk: Callable[..., list[Answer]], questions: tuple[str, ...], expected: str
) -> None:
    """'Which president' asks who, it names no one in play; 'in his place' is a stand-in."""
    answer = talk(*questions)[-1]
    assert answer.answered and expected in answer.text


def test_there_is_the_summit_in_play(talk: Callable[..., list[Answer]]) -> None:
    """'There' after one summit asks what happened at that summit."""
    answer = talk(
        "which state skipped the csto summit in november 2025?", "who was appointed sg there"
    )[-1]
    assert answer.answered and "Masadykov" in answer.text


def test_who_did_is_not_answered_by_who_did_not(talk: Callable[..., list[Answer]]) -> None:
    """'Who did sign' after those who refused is not answered by a fact of one who did not."""
    answer = talk("which states refused to renew the treaty in 1999", "and who did sign it?")[-1]
    assert not answer.answered or "Belarus" in answer.text


def test_which_summit_wants_a_summit_named(talk: Callable[..., list[Answer]]) -> None:
    """Asked at which summit a state took the chair, an answer naming no summit is not given."""
    answer = talk("at which summit did belarus take over the presidency?")[-1]
    assert not answer.answered or "Yerevan" in answer.text


def test_what_about_a_state_after_a_signing(talk: Callable[..., list[Answer]]) -> None:
    """'And Kazakhstan?' after who signed a treaty asks when that state signed (acceded)."""
    answer = talk("who were the signatories of the collective security treaty", "and georgia?")[-1]
    assert answer.answered and "1993" in answer.text


def test_what_about_a_state_after_absences(talk: Callable[..., list[Answer]]) -> None:
    """A summit's question that carries no words a state answers is not answered of the state."""
    answer = talk("who missed the minsk summit in 2023", "what about belarus?")[-1]
    assert answer.text.strip() and "member since" not in answer.text


def test_a_year_of_its_own_leaves_the_summit_in_play(talk: Callable[..., list[Answer]]) -> None:
    """After the 1992 signing, 'and who acceded in 1993' asks of 1993, not of the signing."""
    answer = talk("who were the 1992 signatories of the treaty", "and who acceded in 1993?")[-1]
    assert answer.answered and "Georgia" in answer.text


def test_its_leader_named_by_the_facts_given(talk: Callable[..., list[Answer]]) -> None:
    """'Who was its leader then' finds the state's leader the facts just given name."""
    answers = talk("did belarus ever boycott a csto summit", "who was its leader at the time")
    assert answers[-1].answered and "Lukashenko" in answers[-1].text


def test_blocking_is_worded_as_objecting(talk: Callable[..., list[Answer]]) -> None:
    """'Did it block the documents there' after Armenia at the 2024 Astana summit: the fact that
    it did not object to them answers, not the list of documents signed."""
    answer = talk(
        "did armenia go to the astana summit in 2024", "did it block the documents there"
    )[-1]
    assert answer.answered and "object" in answer.text


def test_troops_going_home_are_withdrawing(talk: Callable[..., list[Answer]]) -> None:
    """'When did the troops start going home' after Tokayev's request: the start of the
    withdrawal (13 January 2022), not the span of the whole unrest."""
    answer = talk(
        "when did tokayev ask the csto for help", "and when did the troops start going home"
    )[-1]
    assert answer.answered and "13 January 2022" in answer.text


def test_a_session_named_after_he_is_that_session(talk: Callable[..., list[Answer]]) -> None:
    """'Did he go to the St Petersburg meeting that December' after Lukashenko at Yerevan 2016:
    the St Petersburg session's record (he was absent), not his overview; and "there" next is
    that session."""
    answers = talk(
        "what did lukashenko say at the 2016 yerevan summit?",
        "did he go to the st petersburg meeting that december?",
        "what happened there?",
    )
    went, there = answers[1], answers[2]
    assert went.answered and "absent" in went.text and "St Petersburg" in went.text
    assert there.answered and "St Petersburg" in there.text and "Yerevan" not in there.text


def test_turning_down_is_refusing(talk: Callable[..., list[Answer]]) -> None:
    """'Why did Armenia turn down the offer later that year' after its September 2022 request:
    Pashinyan rejected the November assistance for want of a condemnation of Azerbaijan."""
    answer = talk(
        "what did armenia ask the csto for in september 2022",
        "why did armenia turn down the offer later that year?",
    )[-1]
    assert answer.answered and "condemnation" in answer.text


def test_a_bare_place_asks_the_last_question_of_that_item(
    talk: Callable[..., list[Answer]],
) -> None:
    """'And the fourth?' after 'who chaired the second one' of a list of sessions: who chaired
    the fourth (Minsk 2017), not the second one again nor the fourth's overview."""
    answer = talk(
        "where were the csto summits of 2016, 2017 and 2018",
        "who chaired the second one",
        "and the fourth?",
    )[-1]
    assert answer.answered and answer.intent == "summit.presidency"
    assert "Minsk" in answer.text and "St Petersburg" not in answer.text


def test_its_leader_is_who_then_led_the_state_that_took_over(
    talk: Callable[..., list[Answer]],
) -> None:
    """'What did its leader say there about the west' after Belarus took over the presidency at
    Yerevan 2016: Lukashenko's words there (the state that took over, led by him then), not
    the host's; the presidency answer keeps Belarus in play."""
    took, said = talk(
        "who took over the rotating presidency at yerevan in 2016?",
        "what did its leader say there about the west?",
    )
    assert "belarus" in took.entities
    assert said.answered and "Lukashenko" in said.text and "NATO" in said.text


def test_a_place_in_a_list_of_office_holders_picks_that_line(
    talk: Callable[..., list[Answer]],
) -> None:
    """'List the secretaries general', then 'the fourth one': the holder on the fourth line,
    counting a holder listed twice at each of his lines (Semerikov acted twice)."""
    answer = talk("list the csto secretaries general", "who was the fourth one?")[-1]
    assert answer.answered
    assert "Semerikov" in answer.text


def test_the_one_of_a_named_state_in_a_list_of_people(
    talk: Callable[..., list[Answer]],
) -> None:
    """'The belarusian one' after the secretaries general: Zas, the one from Belarus."""
    answer = talk("who have been the csto secretaries general?", "the belarusian one - who is he?")[
        -1
    ]
    assert answer.answered
    assert "Zas" in answer.text


def test_a_place_picked_is_not_a_word_the_facts_must_say(
    talk: Callable[..., list[Answer]],
) -> None:
    """'When did the second one leave' after the former members: the second state's exit,
    not a fact about some 'second' war."""
    answers = talk("which states are former csto members?", "when did the second one leave?")
    listed = answers[0].text.split(":")[1].split(".")[0]
    second = re.split(r",| and ", listed)[1].strip()
    assert answers[-1].answered
    assert second in answers[-1].text and "war" not in answers[-1].text


def test_which_of_the_states_named_is_no_member_now(talk: Callable[..., list[Answer]]) -> None:
    """'Which of those isn't a member now?' after the signers of the 1992 treaty, named in a
    sentence: the one of them that is not a member today, not the member list."""
    answer = talk(
        "which states signed the collective security treaty in tashkent in may 1992?",
        "which of them is not a member anymore?",
    )[-1]
    assert answer.answered
    assert "Uzbekistan" in answer.text and "Tajikistan" not in answer.text


def test_who_took_a_step_asks_which_states_not_the_one_in_play(
    talk: Callable[..., list[Answer]],
) -> None:
    """'And who left in 1999?' after a question about Armenia: the states that left then, not
    Armenia's own record."""
    answer = talk("is armenia still in the csto?", "and who left in 1999?")[-1]
    assert answer.answered
    assert all(state in answer.text for state in ("Azerbaijan", "Georgia"))
