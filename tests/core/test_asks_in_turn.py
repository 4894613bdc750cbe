"""Questions that ask two things at once, check a claim of a term, name a kind of session or
ask an event's dates: each ask answered, on the shipped knowledge."""

from __future__ import annotations

import pytest

from bot.core.api import Answer
from bot.core.engine import Engine
from bot.core.understanding.parts import question_parts
from tests.core.asking import ask


def _all_said(answer: Answer) -> str:
    """Everything the answer says: its text, items, sections and the sources' accounts."""
    return " ".join(
        [
            answer.text,
            *answer.items,
            *(line for section in answer.sections for line in section.lines),
            *(claim.text for dispute in answer.disputes for claim in dispute.claims),
        ]
    )


def test_a_second_question_after_a_question_mark_is_answered(shipped_engine: Engine) -> None:
    """ "How many ...? does armenia still count?": the count and Armenia's standing both."""
    answer = ask(
        shipped_engine, "how many members does the csto have rn? does armenia still count?"
    )
    assert answer.answered
    assert "6 (six) member states" in answer.text
    assert "frozen" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "has india been granted observer status in the csto yet? what year",
        "azerbaijan joined and left - what years? how long was it in",
        "who founded it? when?",
    ],
)
def test_a_question_that_leans_on_the_one_before_stays_with_it(question: str) -> None:
    """A bare ask or one pointing back ("...? how long was it in") is no question of its own."""
    assert len(question_parts(question)) == 1


def test_a_negated_yes_no_ask_is_a_part(shipped_engine: Engine) -> None:
    """ "..., and didn't the foreign minister walk it back?" is an ask of its own: the date the
    first part asks is given, not only who the speaker is."""
    parts = question_parts(
        "pashinyan said in parliament armenia will leave - what date was that, and didn't the"
        " foreign minister walk it back?"
    )
    assert [part.question for part in parts][1] == "didn't the foreign minister walk it back"
    answer = ask(
        shipped_engine,
        "pashinyan said in parliament armenia will leave - what date was that, and didn't the"
        " foreign minister walk it back?",
    )
    assert "12 June 2024" in answer.text


def test_the_regular_summit_of_a_year_is_not_its_informal_one(shipped_engine: Engine) -> None:
    """ "The 2017 regular summit" is Minsk, even when Kyrgyzstan, Bishkek's host, is named."""
    answer = ask(
        shipped_engine,
        "who hosted the 2017 regular summit and which president came for Kyrgyzstan?",
    )
    assert "Minsk" in answer.text and "Jeenbekov" in answer.text
    assert "Bishkek" not in answer.text
    informal = ask(shipped_engine, "who hosted the 2017 informal summit")
    assert "Bishkek" in informal.text and "Minsk" not in informal.text


def test_a_term_claim_is_checked_by_the_sources_accounts(shipped_engine: Engine) -> None:
    """ "... only allowed to stay until 2020, correct?": the term the sources give (2044), not
    a rule about bases in general."""
    answer = ask(
        shipped_engine, "the russian base in armenia was only allowed to stay until 2020, correct?"
    )
    assert answer.answered
    assert "2044" in _all_said(answer)


def test_the_dates_of_a_war_are_its_start_and_its_end(shipped_engine: Engine) -> None:
    """ "four day war 2016 dates?": the day it began (the sources' two accounts) and its
    ceasefire, each said once."""
    parts = question_parts("four day war 2016 dates?")
    assert [part.question for part in parts] == [
        "when did the four day war 2016 start",
        "when did the four day war 2016 end",
    ]
    answer = ask(shipped_engine, "four day war 2016 dates?")
    said = _all_said(answer)
    assert "1 April 2016" in said and "5 April 2016" in said
    assert answer.text.count("Moscow-brokered ceasefire") == 1


def test_the_dates_of_a_summit_are_not_cut_into_a_span() -> None:
    """A session is no conflict or operation: its dates stay one ask."""
    assert len(question_parts("what were the dates of the 2016 summits")) == 1


def test_the_signatories_of_a_session_are_every_one(shipped_engine: Engine) -> None:
    """ "Who were the original signatories in Tashkent": every state whose fact says it signed,
    not the two whose facts say the most of the question's words."""
    answer = ask(shipped_engine, "who were the original signatories in tashkent in 1992")
    for state in ("Russia", "Armenia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"):
        assert state in answer.text
    assert "6 in all" in answer.text


@pytest.mark.parametrize(
    ("question", "claimed"),
    [
        (
            "I read that Yuri Khachaturov served a full three-year term as CSTO secretary"
            " general, true?",
            "not 3",
        ),
        ("did khachaturov serve two years as secretary general?", "not 2"),
    ],
)
def test_a_claimed_length_of_term_is_checked_by_its_dates(
    shipped_engine: Engine, question: str, claimed: str
) -> None:
    """A term claimed longer than the record's dates: "No", how long it was, how it ended."""
    answer = ask(shipped_engine, question)
    assert answer.text.startswith("No: Yuri Khachaturov was CSTO Secretary General")
    assert claimed in answer.text and "recalled and relieved" in answer.text


def test_a_length_the_term_reached_is_not_refuted(shipped_engine: Engine) -> None:
    """Bordyuzha held the post for over a decade: a claim of five years gets no "No"."""
    answer = ask(shipped_engine, "Bordyuzha was csto secretary general for 5 years, right?")
    assert not answer.text.startswith("No")


def test_a_remark_on_what_the_list_is_for_is_set_aside(shipped_engine: Engine) -> None:
    """ "...? need the full list for the graphic" says what the asker needs it for, not what is
    asked: the list is given, every state of the contingent named."""
    answer = ask(
        shipped_engine,
        "which countries sent troops to kazakhstan in jan 2022? need the full list for the graphic",
    )
    assert answer.answered
    for state in ("Russia", "Belarus", "Armenia", "Tajikistan", "Kyrgyzstan"):
        assert state in answer.text


def test_a_remark_on_the_askers_task_raises_no_doubt(shipped_engine: Engine) -> None:
    """ "need a name for the caption - who was ...": set aside, but no doubt about the sources,
    so the answer is the spokesman, not a dispute that a doubt would lead with."""
    answer = ask(
        shipped_engine, "need a name for the caption - who was the longtime csto spokesman?"
    )
    assert answer.text.startswith("Vladimir Zainetdinov")


@pytest.mark.parametrize(
    "question",
    [
        "didn't the foreign minister walk it back",
        "How did Armenia's foreign minister walk back the 'we will leave' line?",
    ],
)
def test_walking_words_back_is_retracting_them(shipped_engine: Engine, question: str) -> None:
    """ "Walk it back" is retracting words (said to be wrong to read so), not a walk-out."""
    answer = ask(shipped_engine, question)
    assert answer.answered and "Mirzoyan" in answer.text


def test_a_decade_is_a_length_not_a_misspelt_decision(shipped_engine: Engine) -> None:
    """ "for over a decade starting in 2003": "decade" is a word the engine knows (a length of
    years), not corrected to "decide", which no fact of the office says."""
    answer = ask(
        shipped_engine, "Who was the secretary general for over a decade starting in 2003?"
    )
    assert answer.answered and answer.text.startswith("Nikolai Bordyuzha")


def test_the_plural_of_the_post_is_about_the_organization(shipped_engine: Engine) -> None:
    """ "Which secretaries general served for less than two years": the plural names the post as
    the singular does, so the question is the organization's, not off-topic."""
    answer = ask(shipped_engine, "which secretaries general served for less than two years?")
    assert answer.answered
    assert "Khachaturov" in answer.text.split(". ")[0]
