"""A record that does not say what a question asks is declined: a question about a summit ("where
was the summit then?", "when was that meeting?") answered by one of the organization's standing
records (its headquarters, its founding), and a yes/no question about a person ("did Lukashenko
ever apologise?") answered by who he is.

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.core.engine import Engine
from tests.core.asking import ask


def test_where_was_the_summit_is_not_the_headquarters(engine: Engine) -> None:
    """No session named or in play: the headquarters in Moscow is no summit's place."""
    answer = ask(engine, "where was the summit?")
    assert not answer.answered
    assert "Moscow" not in answer.text


def test_that_meeting_after_the_chair_is_not_the_founding(
    talk: Callable[..., list[Answer]],
) -> None:
    """ "When was that meeting?" after the chair of 2025: not the Charter's signing in 2002."""
    _, when = talk("who chaired the csto in 2025?", "when was that meeting?")
    assert not when.answered
    assert "2002" not in when.text


def test_a_named_session_is_still_answered(engine: Engine) -> None:
    """A summit named by its year is found, and its own record says where it was."""
    answer = ask(engine, "where was the summit in 2025?")
    assert answer.answered and "Bishkek" in answer.text


def test_the_headquarters_asked_alone_is_still_answered(engine: Engine) -> None:
    """No summit word: the headquarters are what was asked."""
    answer = ask(engine, "where is the csto based?")
    assert answer.answered and "Moscow" in answer.text


def test_a_yes_no_question_is_not_answered_by_who_he_is(engine: Engine) -> None:
    """ "Did Lukashenko ever apologise?": his overview (President of Belarus) says neither yes
    nor no to it."""
    answer = ask(engine, "Did Lukashenko ever apologise?")
    assert not answer.answered
    assert "President of Belarus" not in answer.text


def test_a_yes_no_follow_up_on_a_person_is_not_his_overview(
    talk: Callable[..., list[Answer]],
) -> None:
    """ "Did Tokayev change his mind afterwards?" after the January 2022 request: not his post."""
    _, later = talk(
        "When did Kazakhstan ask the CSTO for help?", "Did Tokayev change his mind afterwards?"
    )
    assert "President of Kazakhstan (as of" not in later.text


def test_who_he_is_is_still_his_overview(engine: Engine) -> None:
    """No yes/no asked: the overview is what was asked."""
    answer = ask(engine, "Who is Tokayev?")
    assert answer.answered and "President of Kazakhstan" in answer.text


def test_it_after_a_base_is_the_base_not_the_state(
    talk: Callable[..., list[Answer]],
) -> None:
    """ "So is it part of the CSTO structure?" after Russia's base in Armenia: "it" is the base;
    Russia's own membership ("Yes. Russia has been a member") says nothing of the base."""
    *_, part = talk(
        "how long can Russia keep its military base in Armenia?",
        "where is it?",
        "So is it part of the CSTO structure?",
    )
    assert "Russia has been a member" not in part.text


def test_the_state_named_is_still_its_membership(talk: Callable[..., list[Answer]]) -> None:
    """The state named again ("is Russia in the csto?"): its membership is what is asked."""
    *_, member = talk("where is Russia's military base in Armenia?", "is russia in the csto?")
    assert member.answered and member.text.startswith("Yes")


def test_what_it_joined_in_the_year_in_play_is_not_its_accession(
    talk: Callable[..., list[Answer]],
) -> None:
    """ "And which alliance did it join in that year?" after Uzbekistan left in 1999: its
    accession of 1992 and return of 2006 are no step of 1999."""
    _, joined = talk(
        "when did uzbekistan first leave the treaty?",
        "and which alliance did it join in that year?",
    )
    assert "original signatory" not in joined.text


def test_a_yes_no_on_the_accession_is_still_answered(engine: Engine) -> None:
    """ "Is Belarus one of the original 1992 signatories?": its accession (1993) answers it."""
    answer = ask(engine, "Is Belarus one of the original 1992 signatories?")
    assert answer.answered and "1993" in answer.text
