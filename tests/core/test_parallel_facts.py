"""Lists built from several parallel facts, and terms held since a date.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask

FOUNDERS = ("Armenia", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan")


def test_a_list_question_gets_every_state_holding_a_shared_statement(
    shipped_engine: Engine,
) -> None:
    """Each founder's signature is its own fact: asked which states signed, all six are named,
    and the answer leads with how many."""
    answer = ask(shipped_engine, "which states were original signatories of the treaty")
    assert answer.answered
    for name in FOUNDERS:
        assert name in answer.text
    assert answer.text.startswith("6 in all:")


def test_a_question_about_one_state_is_not_widened(shipped_engine: Engine) -> None:
    """Asked of one state's signature, the answer stays with that state."""
    answer = ask(shipped_engine, "was tajikistan an original signatory of the treaty")
    assert "Tajikistan" in answer.text
    assert "Uzbekistan" not in answer.text


def test_terms_held_since_a_year_are_every_term_running_after_it(shipped_engine: Engine) -> None:
    """'Since 2020' asks for the holders from then on, not the one holder in 2020."""
    since = ask(shipped_engine, "who has been csto secretary general since 2020")
    named = " ".join(since.items)
    assert "Zas" in named and "Tasmagambetov" in named
    assert "Bordyuzha" not in named
    at = ask(shipped_engine, "who was csto secretary general in 2020")
    assert "Zas" in at.text and "Tasmagambetov" not in at.text


def test_how_many_times_a_person_held_a_post_leads_with_the_count(shipped_engine: Engine) -> None:
    """Two recorded terms as acting secretary general are counted, each with its dates."""
    answer = ask(
        shipped_engine, "how many times was semerikov acting secretary general of the csto"
    )
    assert answer.answered
    assert "twice" in answer.text.split(":")[0]
    assert "2017" in answer.text and "2019" in answer.text


def test_holders_not_from_a_country_are_asked_of_as_usual(shipped_engine: Engine) -> None:
    """'The first secretary general who wasn't Russian' leaves out the Russian terms first;
    a demonym alone ('Russian') is an origin though it is a word of an alias."""
    first = ask(shipped_engine, "who was the first csto secretary general who wasn't russian")
    assert "Khachaturov" in first.text and "Bordyuzha" not in first.text
    russian = ask(shipped_engine, "who was the russian secretary general of the csto")
    assert "Bordyuzha" in russian.text and "Zas" not in russian.text + " ".join(russian.items)


def test_a_count_of_something_else_is_not_the_member_count(shipped_engine: Engine) -> None:
    """'How many peacekeepers' counts something other than members: never 'six member states';
    'how many are in it' and 'how many current member states' still count the members."""
    other = ask(shipped_engine, "roughly how many peacekeepers can the csto field")
    assert "member states" not in other.text
    for question in (
        "how many are in the csto",
        "how many current member states has the csto",
        "сколько членов в одкб",  # an inflected member word still counts the members
    ):
        assert "6 (six) member states" in ask(shipped_engine, question).text
