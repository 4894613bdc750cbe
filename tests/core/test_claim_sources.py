"""A claim's year, read apart from the year of where it was heard and from the end of a term."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.understanding.claims import (
    claim_readings,
    claimed_year,
    disputed_when,
    without_sources,
)
from bot.evaluation import answer_text
from tests.core.asking import ask


def test_the_year_of_a_source_is_no_year_of_the_claim() -> None:
    """ "My source from 2016 says ..." dates the source: the claim's own year stays the one."""
    question = "my source from 2016 says belarus left in 2000, right?"
    assert claimed_year(question) == 2000


def test_a_term_that_runs_out_is_asked_back_until_when() -> None:
    """ "Runs out in 2020" claims the end of a term, as "until 2020" does, not a dated act."""
    readings = claim_readings("the base runs out in 2020, correct?", frozenset())
    assert [(r.question, r.year, r.kind) for r in readings] == [
        ("until when the base runs out", 2020, "term")
    ]


@pytest.mark.parametrize(
    "question",
    [
        "russia's base in armenia runs out in 2020, correct?",
        "My source from 2016 says Russia's base in Armenia only runs until 2020. Is that right?",
    ],
)
def test_a_claimed_end_of_a_term_is_checked_against_the_term(
    shipped_engine: Engine, question: str
) -> None:
    """The claimed year does not pull in a conflict of that year: the base's term answers."""
    answer = ask(shipped_engine, question)
    assert answer.answered, answer.text
    assert "2044" in answer_text(answer)
    assert not answer.intent.startswith("conflict")


def test_a_sentence_reporting_a_source_is_set_aside() -> None:
    """The sentence of what a book says is no part of what is asked; a claim alone is kept."""
    assert without_sources("When did Uzbekistan rejoin? One book says 2008.") == (
        "When did Uzbekistan rejoin?",
        "When did Uzbekistan rejoin? 2008.",
    )
    assert without_sources("Did Belarus leave in 2000?") == ()


def test_a_sources_opening_is_set_aside_and_its_claim_kept() -> None:
    """ "Which exercise was it" asks of the claim: the claim stays, who reported it goes."""
    readings = without_sources("The article says the KSOR drilled in May. Which drill was it?")
    assert readings[-1] == "the ksor drilled in may. Which drill was it?"


def test_an_opening_broken_by_but_reports_no_source() -> None:
    """ "I'm not sure but Belarus said ...": Belarus's word is the claim, not a source's."""
    assert claimed_year("i'm not sure but belarus said it left in 2000, right?") == 2000
    readings = claim_readings("i'm not sure but belarus said it left in 2000, right?", ())
    assert all(r.kind != "source" for r in readings)


def test_two_sources_dating_one_act_differently_ask_when() -> None:
    """The act the first source dates is asked "when"; the years are the sources' words."""
    question = (
        "my teacher wrote on my essay that the CSTO was founded in 2002 but my book says 1992"
    )
    assert disputed_when(question) == "when the csto was founded"
    assert disputed_when("my teacher wrote that the CSTO was founded in 2002") is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When did Uzbekistan rejoin the CSTO? One book says 2008.", ["2006", "2008"]),
        (
            "Did Karimov attend the May 2012 Moscow summit or not? I'm fact-checking a claim"
            " that he skipped it.",
            ["took part", "absent"],
        ),
        (
            "The article I'm checking says the Rapid Reaction Force drilled in Kyrgyzstan in"
            " October 2016. Which exercise was it really and who ran it?",
            ["Rubezh", "Central Asia"],
        ),
        (
            "so my teacher wrote on my essay that the CSTO was founded in 2002 but my textbook"
            " says 1992 and now I'm confused, which one is right? I don't want to lose marks",
            ["1992", "2002"],
        ),
    ],
)
def test_what_sources_say_is_checked_against_the_facts(
    shipped_engine: Engine, question: str, expected: list[str]
) -> None:
    """Set apart from what its sources say, the question is answered, their years with it."""
    answer = ask(shipped_engine, question)
    assert answer.answered, answer.text
    said = answer_text(answer)
    assert all(word in said for word in expected), said


@pytest.mark.parametrize(
    "question",
    ["zas took over as secretary general in 2017 right?", "Zas took over as Secretary General"],
)
def test_taking_over_as_an_office_is_the_holders_own_start(
    shipped_engine: Engine, question: str
) -> None:
    """ "Zas took over as Secretary General" dates his own term, not who came before him."""
    answer = ask(shipped_engine, question)
    assert answer.intent != "office.succession", answer.text
    assert "1 January 2020" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who did zas take over from?", "Before"),
        ("who took over as secretary general after zas?", "After"),
    ],
)
def test_taking_over_from_someone_is_still_a_step(
    shipped_engine: Engine, question: str, expected: str
) -> None:
    """A holder taken over from, or one asked after, is still a step in the office."""
    answer = ask(shipped_engine, question)
    assert answer.intent == "office.succession"
    assert answer.text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "corrected"),
    [
        ("zas took over as secretary general in 2017 right?", True),
        ("bordyuzha became secretary general in 2005, right?", True),
        ("zas became secretary general in 2020 right?", False),
        # Appointed in one year for a term from the next: the choice is no start of the term.
        ("Zas was appointed CSTO secretary general in 2019, correct?", False),
        ("masadykov was appointed secretary general in 2025, right?", False),
    ],
)
def test_a_claimed_start_of_a_post_is_checked_against_the_term(
    shipped_engine: Engine, question: str, corrected: bool
) -> None:
    """A post taken up in another year than claimed leads with "No"; the right year does not."""
    answer = ask(shipped_engine, question)
    assert answer.answered, answer.text
    assert answer.text.startswith("No: not in ") is corrected, answer.text


def test_a_claimed_year_does_not_pull_in_a_conflict_of_that_year(shipped_engine: Engine) -> None:
    """The Karabakh war's years are no check of a pledge dated 2020: the pledge's own date is."""
    answer = ask(shipped_engine, "russia pledged weapons to armenia in 2020, right?")
    assert answer.intent != "conflict.year", answer.text
    assert "2016" in answer.text


def test_a_conflict_part_found_for_the_claim_stands(shipped_engine: Engine) -> None:
    """Armenia's 2021 appeal is the fact of the claim: no other year's appeal corrects it."""
    answer = ask(shipped_engine, "armenia asked the csto for help in 2021, right?")
    assert "May 2021" in answer.text
    assert "none in 2021" not in answer.text
