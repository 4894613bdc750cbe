"""A figure put up in a claim ("a tweet says the KSOR has 50,000 troops") is asked as "how
many", and the answer says when no source gives the figure claimed."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.understanding.figure_claims import figure_claimed, figure_words
from bot.evaluation import answer_text
from tests.core.asking import ask

_NOT_GIVEN = "No source in the fact base gives"


def test_a_claimed_figure_is_asked_as_how_many() -> None:
    """The word after the figure says what is counted; the figure is kept as written."""
    claimed = figure_claimed("A tweet says the KSOR has 50,000 troops. What size is right?")
    assert claimed is not None
    assert claimed.question == "how many troops the ksor has"
    assert (claimed.figure, claimed.digits) == ("50,000", "50000")


@pytest.mark.parametrize(
    "question",
    [
        "Kyrgyzstan cancelled the drill on 9 October 2022, right?",  # a day of a date
        "Armenia joined in 1994, right?",  # a year
        "how many troops went to Kazakhstan?",  # no claim put up
    ],
)
def test_days_years_and_plain_questions_claim_no_figure(question: str) -> None:
    assert figure_claimed(question) is None


def test_a_second_report_ends_the_first_claim() -> None:
    """ "Someone says 4,500, someone else says 4,350": the first figure is the one checked."""
    claimed = figure_claimed(
        "someone in the chat says 4,500 were injured in Kazakhstan, someone else says 4,350."
    )
    assert claimed is not None
    assert claimed.question == "how many were injured in kazakhstan"


def test_figures_stated_leave_out_days_and_citation_marks() -> None:
    assert figure_words("On 6 January 2022 about 2,500 arrived. [6]") == {"2500"}


@pytest.mark.parametrize(
    ("question", "claimed", "given"),
    [
        (
            "A tweet says the CSTO rapid reaction force has 50,000 troops. "
            "What size do the sources report?",
            "50,000",
            "18,000",
        ),
        (
            "post claims russia keeps 70,000 soldiers in Tajikistan. "
            "what number do the sources give?",
            "70,000",
            "7,000",
        ),
        ("the CSTO has 9 members, right?", "9", "Tajikistan"),
    ],
)
def test_a_figure_no_source_gives_is_said_not_given(
    shipped_engine: Engine, question: str, claimed: str, given: str
) -> None:
    answer = ask(shipped_engine, question)
    assert answer.answered, answer.text
    assert answer.text.startswith(f"{_NOT_GIVEN} {claimed};"), answer.text
    assert given in answer_text(answer)


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("the CSTO has 6 members, right?", "Tajikistan"),
        ("my friend says the CSTO sent 2,500 troops to Kazakhstan", "2,500"),
    ],
)
def test_a_figure_a_source_gives_is_answered_without_a_correction(
    shipped_engine: Engine, question: str, given: str
) -> None:
    answer = ask(shipped_engine, question)
    assert answer.answered, answer.text
    assert _NOT_GIVEN not in answer.text
    assert given in answer_text(answer)


def test_war_games_are_exercises(shipped_engine: Engine) -> None:
    answer = ask(shipped_engine, "did Armenia host CSTO war games in 2023?")
    assert answer.answered, answer.text
    assert "refused" in answer_text(answer)


def test_the_sources_asked_of_are_no_word_a_fact_must_say(shipped_engine: Engine) -> None:
    """ "What size do the sources give": every answer gives its sources; the size is asked."""
    answer = ask(shipped_engine, "What size do the sources give for the rapid reaction force?")
    assert answer.answered, answer.text
    assert "17,000" in answer_text(answer)


def test_a_length_is_no_figure() -> None:
    """ "For 5 years" claims a term's length, which the term's own record checks."""
    assert figure_claimed("Bordyuzha was secretary general for 5 years, right?") is None
